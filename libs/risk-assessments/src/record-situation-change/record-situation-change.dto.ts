import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { RiskCaseChangeCommandDto } from '../command-handling/change-command.dto';
import { SITUATION_CHANGES } from '../domain/risk-case.vocabulary';

export class RecordSituationChangeDto extends RiskCaseChangeCommandDto {
  @ApiProperty({ enum: SITUATION_CHANGES, description: 'what changed; the reassessment falls due at once' }) @IsIn(SITUATION_CHANGES)
  change: string;
}
