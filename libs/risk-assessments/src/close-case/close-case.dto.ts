import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { RiskCaseChangeCommandDto } from '../command-handling/change-command.dto';
import { CLOSE_REASONS } from '../domain/risk-case.vocabulary';

export class CloseCaseDto extends RiskCaseChangeCommandDto {
  @ApiProperty({ enum: CLOSE_REASONS }) @IsIn(CLOSE_REASONS)
  reason: string;
}
