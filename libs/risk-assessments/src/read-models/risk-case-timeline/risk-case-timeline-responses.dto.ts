import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PERSON_ROLES } from '../../domain/risk-case.vocabulary';
import { instant, personRef, ReassessmentDto, RecordedAssessmentDto, SafetyPlanDto, uuid } from '../risk-case-responses.dto';

/** The case folded from the events recorded by the moment asked. */
export class RiskCaseStateDto {
  @ApiProperty({ enum: ['open', 'closed'] }) status: string;
  @ApiProperty(uuid) caseId: string;
  @ApiProperty({ ...personRef, example: 'PR-8H2K4M' }) personRef: string;
  @ApiProperty({ enum: PERSON_ROLES }) personRole: string;
  @ApiProperty({ type: [RecordedAssessmentDto], description: 'every assessment, in the order recorded' }) assessments: RecordedAssessmentDto[];
  @ApiProperty({ type: SafetyPlanDto, nullable: true, description: 'the safety plan then; null until one was made' }) plan: SafetyPlanDto | null;
  @ApiProperty({ type: ReassessmentDto }) reassessment: ReassessmentDto;
  @ApiPropertyOptional({ description: 'closed cases only' }) closeReason?: string;
}

export class RiskCaseEventDto {
  @ApiProperty({ type: 'integer', minimum: 0 }) revision: number;
  @ApiProperty({ example: 'risk-assessments.assessment-recorded.v1' }) type: string;
  @ApiProperty(instant) recordedAt: string;
  @ApiProperty({ description: 'pseudonymous reference of who recorded it', example: 'ST-7K3Q9P' }) actor: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'the event data as recorded' }) data: object;
}

/** The case replayed from its stream to a moment, with the events up to then. */
export class RiskCaseTimelineDto {
  @ApiProperty(uuid) caseId: string;
  @ApiProperty({ type: RiskCaseStateDto }) state: RiskCaseStateDto;
  @ApiProperty({ ...instant, description: 'the moment replayed to' }) at: string;
  @ApiProperty({ type: 'integer', minimum: 0, nullable: true, description: 'of the last event included' }) revision: number | null;
  @ApiProperty({ type: 'integer', minimum: 1, description: 'events recorded at or before `at`' }) eventsIncluded: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'events recorded after it' }) eventsRecordedSince: number;
  @ApiProperty({ type: [RiskCaseEventDto] }) events: RiskCaseEventDto[];
}
