import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { RiskCaseChangeCommandDto } from '../command-handling/change-command.dto';
import { MEASURE_KINDS, MEASURE_STATES, OWNER_ROLES } from '../domain/risk-case.vocabulary';
import { MakeSafetyPlan } from './make-safety-plan.decide';

export class SafetyMeasureDto {
  @ApiProperty({ enum: MEASURE_KINDS })
  @IsIn(MEASURE_KINDS)
  kind: string;

  @ApiPropertyOptional({ description: 'short label, required for kind other; no names or health details' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  label?: string;

  @ApiProperty({ example: 'police', description: `a pseudonymous reference or one of ${OWNER_ROLES.join(', ')}` })
  @IsString()
  owner: string;

  @ApiPropertyOptional({ enum: MEASURE_STATES, default: 'planned' })
  @IsOptional()
  @IsIn(MEASURE_STATES)
  state?: string;
}

export class MakeSafetyPlanDto extends RiskCaseChangeCommandDto {
  @ApiPropertyOptional({ description: 'defaults to the latest assessment' })
  @IsOptional()
  @IsUUID()
  basedOnAssessmentId?: string;

  @ApiProperty({ description: 'the plan is made together with the threatened person (must be true)' })
  @IsBoolean()
  madeWithPerson: boolean;

  @ApiProperty({ type: [SafetyMeasureDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => SafetyMeasureDto)
  measures: SafetyMeasureDto[];

  @ApiProperty({ example: 30, description: 'how often the plan is reassessed, as the plan itself states' })
  @IsInt()
  @Min(1)
  @Max(365)
  reassessmentIntervalDays: number;

  /** The command this request asks for, under the plan id the controller settled on. */
  toCommand(caseId: string, planId: string, actor: string): MakeSafetyPlan {
    const measures = this.measures.map((m) => ({
      kind: m.kind,
      owner: m.owner,
      ...(m.label !== undefined ? { label: m.label } : {}),
      ...(m.state ? { state: m.state } : {}),
    }));
    const basedOn = this.basedOnAssessmentId !== undefined ? { basedOnAssessmentId: this.basedOnAssessmentId } : {};
    return { caseId, planId, actor, ...basedOn, madeWithPerson: this.madeWithPerson, measures, reassessmentIntervalDays: this.reassessmentIntervalDays };
  }
}
