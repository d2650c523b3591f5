import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { RiskCaseChangeCommandDto } from '../command-handling/change-command.dto';
import { MEASURE_STATES, MeasureState } from '../domain/risk-case.vocabulary';
import { ChangeMeasureState } from './change-measure-state.decide';

export class ChangeMeasureStateDto extends RiskCaseChangeCommandDto {
  @ApiProperty({ enum: MEASURE_STATES, description: 'planned → in-place → ended' })
  @IsIn(MEASURE_STATES)
  state: MeasureState;

  toCommand(caseId: string, measureId: string, actor: string): ChangeMeasureState {
    return { caseId, measureId, state: this.state, actor };
  }
}
