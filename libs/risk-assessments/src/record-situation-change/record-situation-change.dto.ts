import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { ChangeCommandDto } from '../command-handling/change-command.dto';
import { SITUATION_CHANGES } from '../domain/risk-case.vocabulary';

export class RecordSituationChangeDto extends ChangeCommandDto {
  @ApiProperty({ enum: SITUATION_CHANGES, description: 'what changed; the reassessment falls due at once' }) @IsIn(SITUATION_CHANGES)
  change: string;
}
