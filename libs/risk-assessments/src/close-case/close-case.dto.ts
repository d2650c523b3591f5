import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { RiskCaseChangeCommandDto } from '../command-handling/change-command.dto';
import { CLOSE_REASONS } from '../domain/risk-case.vocabulary';
import { CloseRiskCase } from './close-case.decide';

export class CloseCaseDto extends RiskCaseChangeCommandDto {
  @ApiProperty({ enum: CLOSE_REASONS })
  @IsIn(CLOSE_REASONS)
  reason: (typeof CLOSE_REASONS)[number];

  toCommand(caseId: string, actor: string): CloseRiskCase {
    return { caseId, reason: this.reason, actor };
  }
}
