import { ApiProperty } from '@nestjs/swagger';
import { RESPONSIBLE_ROLES } from '../domain/action-card.vocabulary';
import { RunState, StepState } from '../domain/run.state';
import { StepVerdict } from './replay.view';

const uuid = { type: 'string', format: 'uuid' } as const;
const instant = { type: 'string', format: 'date-time' } as const;
const slug = { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,79}$' } as const;
const VERDICTS: readonly StepVerdict[] = ['on-time', 'late', 'open'];
const STEP_STATUSES: readonly StepState['status'][] = ['open', 'done', 'skipped'];
const RUN_STATUSES: readonly Exclude<RunState['status'], 'none'>[] = ['open', 'completed'];

/** Where the activation applied, as crisis readiness's contract gave it (codes only). */
export class ReplayScopeDto {
  @ApiProperty({ example: 'institution', description: 'unit, institution, area or national' }) kind: string;
  @ApiProperty({ type: 'string', nullable: true, example: 'syddanmark' }) area: string | null;
  @ApiProperty({ type: 'string', nullable: true, example: 'nyborg' }) institution: string | null;
  @ApiProperty({ type: 'string', nullable: true }) unit: string | null;
}

export class StepDeadlineDto {
  @ApiProperty({ description: 'ISO 8601 duration after the activation, as the card states it', example: 'PT30M' }) after: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) minutesAfterActivation: number;
  @ApiProperty(instant) dueAt: string;
}

export class ReplayStepDto {
  @ApiProperty({ ...slug, example: 'call-manager' }) stepId: string;
  @ApiProperty() title: string;
  @ApiProperty() mandatory: boolean;
  @ApiProperty({ enum: RESPONSIBLE_ROLES }) responsibleRole: string;
  @ApiProperty({ type: StepDeadlineDto }) deadline: StepDeadlineDto;
  @ApiProperty({ enum: STEP_STATUSES }) status: string;
  @ApiProperty({ ...instant, nullable: true, description: 'when it was done or skipped' }) closedAt: string | null;
  @ApiProperty({ type: 'string', nullable: true, example: 'ST-7K3Q9P', description: 'who did or skipped it' }) closedBy: string | null;
  @ApiProperty({ type: 'number', nullable: true, description: 'how long after the activation it was closed (two decimals)' })
  minutesAfterActivation: number | null;
  @ApiProperty({ enum: VERDICTS, description: 'closed by the deadline, after it, or not closed yet' }) verdict: string;
  @ApiProperty({ description: 'an open step whose deadline has passed by now' }) pastDeadline: boolean;
}

/** Each step counted once, so the four add up to the run's steps: a skipped step only as skipped. */
export class ReplaySummaryDto {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'done by the deadline' }) onTime: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'done after the deadline' }) late: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) open: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) skipped: number;
}

export class ReplayRunDto {
  @ApiProperty(uuid) runId: string;
  @ApiProperty({ ...slug, example: 'crisis-riot' }) templateId: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) templateVersion: number;
  @ApiProperty() title: string;
  @ApiProperty({ enum: RUN_STATUSES }) status: string;
  @ApiProperty(instant) startedAt: string;
  @ApiProperty({ type: ReplaySummaryDto }) summary: ReplaySummaryDto;
  @ApiProperty({ type: [ReplayStepDto] }) steps: ReplayStepDto[];
}

export class CardNotStartedDto {
  @ApiProperty({ ...slug, example: 'crisis-riot' }) templateId: string;
  @ApiProperty({ description: 'why no run started, as a code', example: 'template-not-found' }) reason: string;
}

/** An activation replayed against its action cards. */
export class ActivationReplayDto {
  @ApiProperty(uuid) activationId: string;
  @ApiProperty({ example: 'riot' }) planId: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) planVersion: number;
  @ApiProperty({ type: 'string', nullable: true, description: 'kept only for activations recorded before the contract carried codes alone' })
  planTitle: string | null;
  @ApiProperty({ type: ReplayScopeDto }) scope: ReplayScopeDto;
  @ApiProperty({ example: 'tactical', description: 'the level it was activated at' }) level: string;
  @ApiProperty() exercise: boolean;
  @ApiProperty(instant) activatedAt: string;
  @ApiProperty(instant) generatedAt: string;
  @ApiProperty({ type: [ReplayRunDto] }) runs: ReplayRunDto[];
  @ApiProperty({ type: [CardNotStartedDto], description: 'cards that started no run, with the reason' }) notStarted: CardNotStartedDto[];
  @ApiProperty({ type: [String], description: 'ids of the cards whose run has not started yet' }) pending: string[];
}
