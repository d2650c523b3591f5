import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Reassessment, RiskCaseState } from '../domain/risk-case.state';
import { FACTOR_RATINGS, INSTRUMENT_CODES, MEASURE_KINDS, MEASURE_STATES, PERSON_ROLES } from '../domain/risk-case.vocabulary';

export const uuid = { type: 'string', format: 'uuid' } as const;
export const instant = { type: 'string', format: 'date-time' } as const;
export const personRef = { type: 'string', pattern: '^[A-Z]{2,4}-[0-9A-Z]{4,12}$', example: 'ST-7K3Q9P' } as const;
export const DUE_REASONS: readonly Exclude<Reassessment['dueReason'], null>[] = ['cycle', 'situation-change'];
const CASE_STATUSES: readonly Exclude<RiskCaseState['status'], 'none'>[] = ['open', 'closed'];
const ASSESSMENT_KINDS = ['initial', 'reassessment'] as const;

/** Which instrument, in which version; an internal one carries its name. */
export class AssessmentInstrumentDto {
  @ApiProperty({ enum: INSTRUMENT_CODES }) code: string;
  @ApiProperty({ example: '3' }) version: string;
  @ApiPropertyOptional({ example: 'kf-trusselsvurdering', description: 'internal instruments only' }) name?: string;
}

export class FactorRatingDto {
  @ApiProperty({ example: 'sara-sv.v3-escalation', description: 'the instrument item as a slug' }) key: string;
  @ApiProperty({ enum: FACTOR_RATINGS }) rating: string;
}

/** One assessment as recorded; none is ever replaced. */
export class RecordedAssessmentDto {
  @ApiProperty(uuid) caseId: string;
  @ApiProperty(uuid) assessmentId: string;
  @ApiProperty({ enum: ASSESSMENT_KINDS }) kind: string;
  @ApiProperty({ type: AssessmentInstrumentDto }) instrument: AssessmentInstrumentDto;
  @ApiProperty({ type: [String], description: "the instrument's risk scale, lowest first", example: ['low', 'moderate', 'high'] }) scale: string[];
  @ApiProperty({ example: 'high', description: 'a step of the scale' }) riskLevel: string;
  @ApiProperty({ type: [FactorRatingDto] }) factors: FactorRatingDto[];
  @ApiProperty({ ...personRef, description: 'the certified assessor' }) assessedBy: string;
  @ApiProperty(instant) assessedAt: string;
}

export class SafetyPlanMeasureDto {
  @ApiProperty({ pattern: '^m[0-9]{1,3}$', example: 'm1', description: 'numbered within its plan' }) measureId: string;
  @ApiProperty({ enum: MEASURE_KINDS }) kind: string;
  @ApiPropertyOptional({ description: 'short label, for kind other' }) label?: string;
  @ApiProperty({ example: 'police', description: 'a pseudonymous reference or an owner role' }) owner: string;
  @ApiProperty({ enum: MEASURE_STATES }) state: string;
}

/** The safety plan made with the person; a new one replaces it. */
export class SafetyPlanDto {
  @ApiProperty(uuid) planId: string;
  @ApiProperty(uuid) basedOnAssessmentId: string;
  @ApiProperty({ type: [SafetyPlanMeasureDto] }) measures: SafetyPlanMeasureDto[];
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 365 }) reassessmentIntervalDays: number;
  @ApiProperty(personRef) madeBy: string;
}

/** When the next reassessment is due and how far its deadline has run. */
export class ReassessmentDto {
  @ApiProperty({ ...instant, nullable: true, description: 'null until a plan and an assessment set the cycle' }) dueAt: string | null;
  @ApiProperty({ enum: DUE_REASONS, nullable: true }) dueReason: string | null;
  @ApiProperty({ description: 'the workflow recorded it as overdue' }) overdueRecorded: boolean;
  @ApiProperty() escalated: boolean;
}

/** The case as it stands. */
export class RiskCaseDto {
  @ApiProperty(uuid) caseId: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'also the ETag' }) revision: number;
  @ApiProperty({ enum: CASE_STATUSES }) status: string;
  @ApiProperty({ ...personRef, example: 'PR-8H2K4M', description: 'the threatened person, by reference only' }) personRef: string;
  @ApiProperty({ enum: PERSON_ROLES }) personRole: string;
  @ApiProperty(instant) openedAt: string;
  @ApiProperty(instant) updatedAt: string;
  @ApiProperty({ type: RecordedAssessmentDto, nullable: true, description: 'the latest by when it was made' }) latestAssessment: RecordedAssessmentDto | null;
  @ApiProperty({ type: 'integer', minimum: 0 }) assessmentCount: number;
  @ApiProperty({ type: SafetyPlanDto, nullable: true, description: 'the current safety plan; null until one is made' }) plan: SafetyPlanDto | null;
  @ApiProperty({ type: ReassessmentDto }) reassessment: ReassessmentDto;
}

export class RiskOverTimeInstrumentDto {
  @ApiProperty({ enum: INSTRUMENT_CODES }) code: string;
  @ApiProperty({ example: '3' }) version: string;
  @ApiProperty({ type: 'string', nullable: true, description: 'internal instruments only' }) name: string | null;
}

export class RiskOverTimeEntryDto {
  @ApiProperty(uuid) assessmentId: string;
  @ApiProperty({ enum: ASSESSMENT_KINDS }) kind: string;
  @ApiProperty({ type: RiskOverTimeInstrumentDto }) instrument: RiskOverTimeInstrumentDto;
  @ApiProperty({ type: [String], example: ['low', 'moderate', 'high'] }) scale: string[];
  @ApiProperty({ example: 'high' }) riskLevel: string;
  @ApiProperty({
    type: 'integer',
    minimum: 1,
    description: "1 for the scale's lowest step; with the scale's length it places levels of different instruments on one chart",
  })
  levelRank: number;
  @ApiProperty({ type: [FactorRatingDto] }) factors: FactorRatingDto[];
  @ApiProperty(personRef) assessedBy: string;
  @ApiProperty(instant) assessedAt: string;
  @ApiProperty(instant) recordedAt: string;
}

export class RiskOverTimeDto {
  @ApiProperty(uuid) caseId: string;
  @ApiProperty({ type: [RiskOverTimeEntryDto], description: 'in the order made' }) assessments: RiskOverTimeEntryDto[];
}
