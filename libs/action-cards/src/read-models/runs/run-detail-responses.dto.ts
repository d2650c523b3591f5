import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BOARD_AREAS, RESPONSIBLE_ROLES } from '../../domain/action-card.vocabulary';
import { RunState, StepState } from '../../domain/run.state';
import { CardContentDto, CardContentStepDto } from '../templates/template-responses.dto';
import { AssigneeDto, TRIGGER_TYPES } from './board-responses.dto';

const uuid = { type: 'string', format: 'uuid' } as const;
const instant = { type: 'string', format: 'date-time' } as const;
const ref = { type: 'string', pattern: '^[A-Z]{2,4}-[0-9A-Z]{4,12}$', example: 'ST-7K3Q9P' } as const;
const RUN_STATUSES: readonly Exclude<RunState['status'], 'none'>[] = ['open', 'completed'];
const STEP_STATUSES: readonly StepState['status'][] = ['open', 'done', 'skipped'];

/** How the run began; the fields beside `type` belong to that kind of start. */
export class RunTriggerDto {
  @ApiProperty({ enum: TRIGGER_TYPES }) type: string;
  @ApiPropertyOptional({ ...uuid, description: 'incident: the incident' }) incidentId?: string;
  @ApiPropertyOptional({ ...uuid, description: 'incident: the event that recorded it' }) incidentEventId?: string;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: 'incident: the start policy version that matched' }) policyVersion?: number;
  @ApiPropertyOptional({ ...uuid, description: 'crisis-activation: the activation' }) activationId?: string;
  @ApiPropertyOptional({ ...uuid, description: 'crisis-activation: the event that activated it' }) activationEventId?: string;
  @ApiPropertyOptional({ example: 'riot', description: 'crisis-activation: the readiness plan' }) planId?: string;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: 'crisis-activation: the plan version pinned' }) planVersion?: number;
  @ApiPropertyOptional({ description: 'crisis-activation: an exercise ("øvelse")' }) exercise?: boolean;
}

/** A step of the run: the card's step as pinned, and where it stands. */
export class RunStepDto extends CardContentStepDto {
  @ApiProperty({ example: 'call-manager', description: 'the same as id' }) stepId: string;
  @ApiProperty({ enum: STEP_STATUSES }) status: string;
  @ApiProperty(instant) dueAt: string;
  @ApiProperty({ type: AssigneeDto, nullable: true, description: 'null until the step is given to a role or a person' }) assignee: AssigneeDto | null;
  @ApiProperty({ description: 'recorded as past its deadline while open' }) overdue: boolean;
  @ApiProperty({ enum: RESPONSIBLE_ROLES, nullable: true }) escalatedTo: string | null;
  @ApiProperty({ ...ref, nullable: true }) completedBy: string | null;
  @ApiProperty({ ...instant, nullable: true, description: 'when it was done or skipped' }) completedAt: string | null;
  @ApiProperty({ type: 'string', nullable: true }) note: string | null;
  @ApiProperty({ ...ref, nullable: true }) skippedBy: string | null;
  @ApiProperty({ type: 'string', nullable: true, description: 'why it was skipped' }) justification: string | null;
  @ApiProperty({ type: 'string', nullable: true, description: 'why it was last reopened' }) reopenReason: string | null;
}

/** One event of the run: who did what when. */
export class RunTimelineEntryDto {
  @ApiProperty({ type: 'integer', minimum: 0 }) revision: number;
  @ApiProperty({ example: 'action-cards.step-completed.v1' }) type: string;
  @ApiProperty({ type: 'string', nullable: true, example: 'call-manager' }) stepId: string | null;
  @ApiProperty({ description: 'pseudonymous reference of who did it', example: 'ST-7K3Q9P' }) actor: string;
  @ApiProperty(instant) recordedAt: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'the event data, without the run id and the card' }) detail: object;
}

export class RunDetailDto {
  @ApiProperty(uuid) runId: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'also the ETag' }) revision: number;
  @ApiProperty({ enum: RUN_STATUSES }) status: string;
  @ApiProperty({ example: 'violence-against-employee' }) templateId: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) templateVersion: number;
  @ApiProperty({ enum: BOARD_AREAS }) area: string;
  @ApiProperty({ type: 'string', nullable: true, example: 'nyborg' }) institution: string | null;
  @ApiProperty() exercise: boolean;
  @ApiProperty({ ...uuid, nullable: true }) activationId: string | null;
  @ApiProperty(instant) startedAt: string;
  @ApiProperty({ ...instant, nullable: true }) completedAt: string | null;
  @ApiProperty(instant) updatedAt: string;
  @ApiProperty({ type: RunTriggerDto }) trigger: RunTriggerDto;
  @ApiProperty({ ...ref, description: 'pseudonymous reference; SYS-ACTIONCARDS when a policy or an activation started it' }) startedBy: string;
  @ApiProperty({ type: CardContentDto, description: 'the card exactly as pinned when the run started' }) card: CardContentDto;
  @ApiProperty({ type: [RunStepDto] }) steps: RunStepDto[];
  @ApiProperty({ type: [RunTimelineEntryDto] }) timeline: RunTimelineEntryDto[];
}
