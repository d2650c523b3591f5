import { ApiProperty } from '@nestjs/swagger';
import { StartedActivation } from '../../domain/activation.state';
import { AREAS, AUDIENCES, CHANNELS, CRISIS_LEVELS, CRISIS_ROLES, POINT_KINDS, RISK_CLASSES, SCENARIOS, SCOPE_KINDS } from '../../domain/crisis.vocabulary';

export const uuid = { type: 'string', format: 'uuid' } as const;
export const instant = { type: 'string', format: 'date-time' } as const;
export const staffRef = { type: 'string', pattern: '^[A-Z]{2,4}-[0-9A-Z]{4,12}$', example: 'ST-7K3Q9P' } as const;
export const ACTIVATION_STATUSES: readonly StartedActivation['status'][] = ['active', 'stood-down'];

/** Where an activation applies; narrower kinds name their area, institution and unit. */
export class ActivationScopeDto {
  @ApiProperty({ enum: SCOPE_KINDS }) kind: string;
  @ApiProperty({ enum: AREAS, nullable: true }) area: string | null;
  @ApiProperty({ type: 'string', nullable: true, example: 'nyborg' }) institution: string | null;
  @ApiProperty({ type: 'string', nullable: true, example: 'east-wing' }) unit: string | null;
}

/** The plan version an activation pinned, as it was then. */
export class PinnedPlanDto {
  @ApiProperty({ example: 'riot-institution' }) planId: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) version: number;
  @ApiProperty() title: string;
  @ApiProperty({ enum: SCENARIOS }) scenario: string;
  @ApiProperty({ ...instant, description: 'before activatedAt means the plan was overdue for revision then' }) revisionDueAt: string;
}

export class CrisisRoleDto {
  @ApiProperty({ enum: CRISIS_ROLES }) role: string;
  @ApiProperty({ ...staffRef, nullable: true }) holder: string | null;
  @ApiProperty({ ...instant, nullable: true }) since: string | null;
  @ApiProperty() vacant: boolean;
}

/** What every log entry carries: a correction names the entry it corrects, which stays, marked as corrected. */
class LoggedEntryDto {
  @ApiProperty(uuid) entryId: string;
  @ApiProperty(instant) loggedAt: string;
  @ApiProperty({ ...uuid, nullable: true, description: 'the entry this one corrects' }) corrects: string | null;
  @ApiProperty({ type: 'string', nullable: true }) correctionReason: string | null;
  @ApiProperty({ ...uuid, nullable: true, description: 'the later entry that corrects this one' }) correctedBy: string | null;
  @ApiProperty({ description: 'a later entry corrects this one' }) corrected: boolean;
}

export class DecisionEntryDto extends LoggedEntryDto {
  @ApiProperty({ enum: ['decision'] }) kind: string;
  @ApiProperty() decision: string;
  @ApiProperty() rationale: string;
  @ApiProperty({ description: 'the legal basis ("hjemmel")' }) legalBasis: string;
  @ApiProperty({ type: [String] }) alternativesConsidered: string[];
  @ApiProperty(staffRef) decidedBy: string;
  @ApiProperty(instant) decidedAt: string;
}

export class CommunicationEntryDto extends LoggedEntryDto {
  @ApiProperty({ enum: ['communication'] }) kind: string;
  @ApiProperty({ enum: AUDIENCES }) audience: string;
  @ApiProperty({ enum: CHANNELS }) channel: string;
  @ApiProperty() summary: string;
  @ApiProperty({ description: 'released outside the service' }) released: boolean;
  @ApiProperty(staffRef) communicatedBy: string;
  @ApiProperty(instant) communicatedAt: string;
}

export class RecordedFollowUpDto {
  @ApiProperty() action: string;
  @ApiProperty({ ...staffRef, nullable: true }) owner: string | null;
  @ApiProperty({ type: 'string', nullable: true, description: 'ISO 8601 date as given', example: '2026-05-01' }) dueBy: string | null;
}

export class RecordedEvaluationPointDto {
  @ApiProperty({ enum: POINT_KINDS }) kind: string;
  @ApiProperty({ enum: RISK_CLASSES }) riskClass: string;
  @ApiProperty() description: string;
  @ApiProperty({ type: [RecordedFollowUpDto] }) followUps: RecordedFollowUpDto[];
}

export class RecordedEvaluationDto {
  @ApiProperty({ ...uuid, description: 'what a later learning review cites' }) referenceId: string;
  @ApiProperty() summary: string;
  @ApiProperty({ type: [RecordedEvaluationPointDto] }) points: RecordedEvaluationPointDto[];
  @ApiProperty(instant) evaluatedAt: string;
}

/** One activation in full; `exercise` is always present. */
export class ActivationDto {
  @ApiProperty(uuid) activationId: string;
  @ApiProperty({ description: 'an exercise ("øvelse"), never counted as an incident' }) exercise: boolean;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'also the ETag' }) revision: number;
  @ApiProperty({ enum: ACTIVATION_STATUSES }) status: string;
  @ApiProperty({ enum: CRISIS_LEVELS }) level: string;
  @ApiProperty({ type: PinnedPlanDto }) plan: PinnedPlanDto;
  @ApiProperty({ type: [String], example: ['crisis-riot'] }) actionCardTemplateIds: string[];
  @ApiProperty({ type: ActivationScopeDto }) scope: ActivationScopeDto;
  @ApiProperty(staffRef) activatedBy: string;
  @ApiProperty(instant) activatedAt: string;
  @ApiProperty() reason: string;
  @ApiProperty({ ...instant, nullable: true }) stoodDownAt: string | null;
  @ApiProperty({ type: 'string', nullable: true }) standDownReason: string | null;
  @ApiProperty({ type: [CrisisRoleDto], description: "the plan's roles, vacant or held, and any other role filled" }) roles: CrisisRoleDto[];
  @ApiProperty({ type: [DecisionEntryDto], description: 'in the order logged, corrections beside what they correct' }) decisions: DecisionEntryDto[];
  @ApiProperty({ type: [CommunicationEntryDto] }) communications: CommunicationEntryDto[];
  @ApiProperty({ type: RecordedEvaluationDto, nullable: true, description: 'the after-action evaluation, once recorded' })
  evaluation: RecordedEvaluationDto | null;
}
