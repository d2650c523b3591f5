import { ApiProperty } from '@nestjs/swagger';
import { CRISIS_LEVELS, CRISIS_ROLES, SCENARIOS } from '../../domain/crisis.vocabulary';
import { PlanState, PlanVersionStatus } from '../../domain/plan.state';

const instant = { type: 'string', format: 'date-time' } as const;
const planId = { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,79}$', example: 'riot-institution' } as const;
const PLAN_STATUSES: readonly Exclude<PlanState['status'], 'none'>[] = ['drafting', 'published', 'retired'];
const VERSION_STATUSES: readonly PlanVersionStatus[] = ['published', 'superseded', 'retired'];

/** The content of one version of a readiness plan: what an activation pins. */
export class PlanContentDto {
  @ApiProperty() title: string;
  @ApiProperty({ enum: SCENARIOS }) scenario: string;
  @ApiProperty({ description: 'empty when the plan has none' }) summary: string;
  @ApiProperty({ type: [String], description: 'the action cards an activation starts', example: ['crisis-riot'] }) actionCardTemplateIds: string[];
  @ApiProperty({ enum: CRISIS_ROLES, isArray: true, description: 'the roles to fill on activation; always a crisis lead' }) roles: string[];
  @ApiProperty({ enum: CRISIS_LEVELS }) initialLevel: string;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 1095, description: 'days after publication or a confirmed revision by which it is due again' })
  revisionIntervalDays: number;
}

export class PlanListItemDto {
  @ApiProperty(planId) planId: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) revision: number;
  @ApiProperty({ enum: PLAN_STATUSES }) status: string;
  @ApiProperty({ enum: SCENARIOS }) scenario: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: 'integer', nullable: true, description: 'the version activations pin now' }) currentVersion: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'the version being written' }) draftVersion: number | null;
  @ApiProperty({ ...instant, nullable: true, description: 'published or confirmed as revised; null unless published' }) lastRevisedAt: string | null;
  @ApiProperty({ ...instant, nullable: true, description: 'null unless published' }) revisionDueAt: string | null;
  @ApiProperty({ description: 'revisionDueAt has passed, judged at the moment asked' }) revisionOverdue: boolean;
}

export class PlanListDto {
  @ApiProperty({ ...instant, description: 'the moment revisionOverdue was judged at' }) at: string;
  @ApiProperty({ type: [PlanListItemDto] }) items: PlanListItemDto[];
}

export class PlanVersionSummaryDto {
  @ApiProperty({ type: 'integer', minimum: 1 }) version: number;
  @ApiProperty({ enum: VERSION_STATUSES }) status: string;
  @ApiProperty(instant) publishedAt: string;
  @ApiProperty({ type: PlanContentDto }) content: PlanContentDto;
}

export class PlanDraftDto {
  @ApiProperty({ type: 'integer', minimum: 1 }) version: number;
  @ApiProperty({ type: PlanContentDto }) content: PlanContentDto;
}

export class PlanDetailDto extends PlanListItemDto {
  @ApiProperty({ type: [PlanVersionSummaryDto], description: 'every published version, oldest first' }) versions: PlanVersionSummaryDto[];
  @ApiProperty({ type: PlanDraftDto, nullable: true, description: 'the next version being written, if any' }) draft: PlanDraftDto | null;
}

/** One published version, exactly as activations pinned it. */
export class PlanVersionDto extends PlanVersionSummaryDto {
  @ApiProperty(planId) planId: string;
}
