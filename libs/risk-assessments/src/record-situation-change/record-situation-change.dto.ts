import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { RiskCaseChangeCommandDto } from '../command-handling/change-command.dto';
import { SITUATION_CHANGES, SituationChange } from '../domain/risk-case.vocabulary';
import { RecordSituationChange } from './record-situation-change.decide';

export class RecordSituationChangeDto extends RiskCaseChangeCommandDto {
  @ApiProperty({ enum: SITUATION_CHANGES, description: 'what changed; the reassessment falls due at once' })
  @IsIn(SITUATION_CHANGES)
  change: SituationChange;

  toCommand(caseId: string, actor: string): RecordSituationChange {
    return { caseId, change: this.change, actor };
  }
}
