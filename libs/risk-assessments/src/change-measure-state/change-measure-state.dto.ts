import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { RiskCaseChangeCommandDto } from '../command-handling/change-command.dto';
import { MEASURE_STATES } from '../domain/risk-case.vocabulary';

export class ChangeMeasureStateDto extends RiskCaseChangeCommandDto {
  @ApiProperty({ enum: MEASURE_STATES, description: 'planned → in-place → ended' }) @IsIn(MEASURE_STATES)
  state: string;
}
