import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BOARD_AREAS, RESPONSIBLE_ROLES, SITUATIONS } from '../../domain/action-card.vocabulary';
import { RunTrigger } from '../../domain/run.events';

const uuid = { type: 'string', format: 'uuid' } as const;
const instant = { type: 'string', format: 'date-time' } as const;
const slug = { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,79}$' } as const;
export const TRIGGER_TYPES: readonly RunTrigger['type'][] = ['manual', 'incident', 'crisis-activation'];

/** Who a step is given to: a role, or one person by pseudonymous reference. */
export class AssigneeDto {
  @ApiProperty({ enum: ['role', 'person'] }) kind: string;
  @ApiPropertyOptional({ enum: RESPONSIBLE_ROLES, description: 'when kind is role' }) role?: string;
  @ApiPropertyOptional({ pattern: '^[A-Z]{2,4}-[0-9A-Z]{4,12}$', example: 'ST-7K3Q9P', description: 'when kind is person' }) ref?: string;
}

/** An open step as the board shows it. */
export class BoardStepDto {
  @ApiProperty({ ...slug, example: 'call-manager' }) stepId: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: RESPONSIBLE_ROLES }) responsibleRole: string;
  @ApiProperty({ type: AssigneeDto, nullable: true, description: 'null until the step is given to a role or a person' }) assignee: AssigneeDto | null;
  @ApiProperty(instant) dueAt: string;
  @ApiProperty({ enum: RESPONSIBLE_ROLES, nullable: true, description: 'the manager the overdue step went to' }) escalatedTo: string | null;
}

/** An open run on the board. */
export class BoardRunDto {
  @ApiProperty(uuid) runId: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) revision: number;
  @ApiProperty({ ...slug, example: 'violence-against-employee' }) templateId: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) templateVersion: number;
  @ApiProperty() title: string;
  @ApiProperty({ enum: SITUATIONS }) situation: string;
  @ApiProperty({ enum: BOARD_AREAS }) area: string;
  @ApiProperty({ type: 'string', nullable: true, example: 'nyborg' }) institution: string | null;
  @ApiProperty({ enum: TRIGGER_TYPES, description: 'how the run began' }) trigger: string;
  @ApiProperty({ ...uuid, nullable: true, description: 'the incident that started it' }) incidentId: string | null;
  @ApiProperty({ ...uuid, nullable: true, description: 'the crisis activation that started it' }) activationId: string | null;
  @ApiProperty({ description: 'started by a crisis exercise ("øvelse")' }) exercise: boolean;
  @ApiProperty(instant) startedAt: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) openSteps: number;
  @ApiProperty({ type: BoardStepDto, nullable: true, description: 'the earliest open step not yet overdue' }) nextDue: BoardStepDto | null;
  @ApiProperty({ type: [BoardStepDto], description: 'open steps past their deadline' }) overdue: BoardStepDto[];
}

export class ActionCardBoardGroupDto {
  @ApiProperty({ enum: BOARD_AREAS }) area: string;
  @ApiProperty({ type: 'string', nullable: true, example: 'nyborg' }) institution: string | null;
  @ApiProperty({ type: [BoardRunDto] }) runs: BoardRunDto[];
}

export class ActionCardBoardDto {
  @ApiProperty(instant) generatedAt: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) openRuns: number;
  @ApiProperty({ type: [ActionCardBoardGroupDto], description: 'by area, then institution' }) groups: ActionCardBoardGroupDto[];
}

export class FiguresPeriodDto {
  @ApiProperty({ type: 'string', nullable: true, description: 'runs started at or after, as asked' }) from: string | null;
  @ApiProperty({ type: 'string', nullable: true, description: 'runs started before, as asked' }) to: string | null;
}

/** Shares of the mandatory steps (three decimals); null when there were none. */
export class FigureSharesDto {
  @ApiProperty({ type: 'number', nullable: true, minimum: 0, maximum: 1 }) onTime: number | null;
  @ApiProperty({ type: 'number', nullable: true, minimum: 0, maximum: 1 }) late: number | null;
  @ApiProperty({ type: 'number', nullable: true, minimum: 0, maximum: 1 }) skipped: number | null;
  @ApiProperty({ type: 'number', nullable: true, minimum: 0, maximum: 1 }) open: number | null;
}

/** One card in one area: counts of its mandatory steps. */
export class FigureDto {
  @ApiProperty({ ...slug, example: 'violence-against-employee' }) templateId: string;
  @ApiProperty({ enum: BOARD_AREAS }) area: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) runs: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'mandatory steps in those runs' }) mandatory: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) onTime: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) late: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) skipped: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) open: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'open and past the deadline' }) openOverdue: number;
  @ApiProperty({ type: FigureSharesDto }) shares: FigureSharesDto;
}

export class FiguresDto {
  @ApiProperty({ type: FiguresPeriodDto }) period: FiguresPeriodDto;
  @ApiProperty({ enum: ['only', 'excluded'], description: 'whether these are the exercise runs alone, or the real runs without them' }) exercises: string;
  @ApiProperty({ type: [FigureDto] }) items: FigureDto[];
}
