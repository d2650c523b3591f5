import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { ChangeCommandDto } from '../command-handling/change-command.dto';
import { CLOSE_REASONS } from '../domain/risk-case.vocabulary';

export class CloseCaseDto extends ChangeCommandDto {
  @ApiProperty({ enum: CLOSE_REASONS }) @IsIn(CLOSE_REASONS)
  reason: string;
}
