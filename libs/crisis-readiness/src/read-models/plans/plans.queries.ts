import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';

export interface PlanListItem {
  planId: string;
  revision: number;
  status: string;
  scenario: string;
  title: string;
  currentVersion: number | null;
  draftVersion: number | null;
  lastRevisedAt: string | null;
  revisionDueAt: string | null;
  /** Judged against "now" when asked, never stored: a plan becomes overdue without any event. */
  revisionOverdue: boolean;
}

export interface PlanVersionRow {
  planId?: string;
  version: number;
  status: string;
  publishedAt: string;
  content: unknown;
}

export type PlanDetail = PlanListItem & { versions: PlanVersionRow[]; draft: unknown };

export interface PlanFilter {
  scenario?: string;
  overdue?: boolean;
}

const COLUMNS = `plan_id AS "planId", revision, status, scenario, title, current_version AS "currentVersion", draft_version AS "draftVersion",
  last_revised_at AS "lastRevisedAt", revision_due_at AS "revisionDueAt", coalesce(revision_due_at < $1, false) AS "revisionOverdue"`;

/** Readiness plans with their revision due date, overdue judged at `now`. */
export class ListPlans extends Query<PlanListItem[]> {
  constructor(
    readonly now: Date,
    readonly filter: PlanFilter,
  ) {
    super();
  }
}

/** One plan: its state, draft and every published version, or null. */
export class GetPlan extends Query<PlanDetail | null> {
  constructor(
    readonly planId: string,
    readonly now: Date,
  ) {
    super();
  }
}

/** One published version, exactly as activations pinned it, or null. */
export class GetPlanVersion extends Query<PlanVersionRow | null> {
  constructor(
    readonly planId: string,
    readonly version: number,
  ) {
    super();
  }
}

@QueryHandler(ListPlans)
export class ListPlansHandler implements IQueryHandler<ListPlans> {
  constructor(private readonly dataSource: DataSource) {}

  execute({ now, filter }: ListPlans): Promise<PlanListItem[]> {
    const params: unknown[] = [now.toISOString()];
    const clauses: string[] = [];
    if (filter.scenario) clauses.push(`scenario = $${params.push(filter.scenario)}`);
    if (filter.overdue !== undefined) clauses.push(`coalesce(revision_due_at < $1, false) = $${params.push(filter.overdue)}`);
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM crisis_plan ${clauses.length ? `WHERE ${clauses.join(' AND ')}` : ''} ORDER BY scenario, plan_id`,
      params,
    );
  }
}

@QueryHandler(GetPlan)
export class GetPlanHandler implements IQueryHandler<GetPlan> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ planId, now }: GetPlan): Promise<PlanDetail | null> {
    const [row] = await this.dataSource.query(`SELECT ${COLUMNS}, state->'draft' AS draft FROM crisis_plan WHERE plan_id = $2`, [now.toISOString(), planId]);
    if (!row) return null;
    const versions = await this.dataSource.query(
      'SELECT version, status, published_at AS "publishedAt", content FROM crisis_plan_version WHERE plan_id = $1 ORDER BY version',
      [planId],
    );
    return { ...row, versions };
  }
}

@QueryHandler(GetPlanVersion)
export class GetPlanVersionHandler implements IQueryHandler<GetPlanVersion> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ planId, version }: GetPlanVersion): Promise<PlanVersionRow | null> {
    const [row] = await this.dataSource.query(
      'SELECT plan_id AS "planId", version, status, published_at AS "publishedAt", content FROM crisis_plan_version WHERE plan_id = $1 AND version = $2',
      [planId, version],
    );
    return row ?? null;
  }
}
