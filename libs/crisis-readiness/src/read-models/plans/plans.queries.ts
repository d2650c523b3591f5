import { Injectable } from '@nestjs/common';
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

const COLUMNS = `plan_id AS "planId", revision, status, scenario, title, current_version AS "currentVersion", draft_version AS "draftVersion",
  last_revised_at AS "lastRevisedAt", revision_due_at AS "revisionDueAt", coalesce(revision_due_at < $1, false) AS "revisionOverdue"`;

/** Reads of the `crisis-readiness.plans` read model. */
@Injectable()
export class PlansQueries {
  constructor(private readonly dataSource: DataSource) {}

  list(now: Date, filter: { scenario?: string; overdue?: boolean }): Promise<PlanListItem[]> {
    const params: unknown[] = [now.toISOString()];
    const clauses: string[] = [];
    if (filter.scenario) clauses.push(`scenario = $${params.push(filter.scenario)}`);
    if (filter.overdue !== undefined) clauses.push(`coalesce(revision_due_at < $1, false) = $${params.push(filter.overdue)}`);
    return this.dataSource.query(`SELECT ${COLUMNS} FROM crisis_plan ${clauses.length ? `WHERE ${clauses.join(' AND ')}` : ''} ORDER BY scenario, plan_id`, params);
  }

  async get(planId: string, now: Date): Promise<(PlanListItem & { versions: unknown[]; draft: unknown }) | null> {
    const [row] = await this.dataSource.query(`SELECT ${COLUMNS}, state->'draft' AS draft FROM crisis_plan WHERE plan_id = $2`, [now.toISOString(), planId]);
    if (!row) return null;
    const versions = await this.dataSource.query(
      'SELECT version, status, published_at AS "publishedAt", content FROM crisis_plan_version WHERE plan_id = $1 ORDER BY version',
      [planId],
    );
    return { ...row, versions };
  }

  async version(planId: string, version: number): Promise<unknown | null> {
    const [row] = await this.dataSource.query(
      'SELECT plan_id AS "planId", version, status, published_at AS "publishedAt", content FROM crisis_plan_version WHERE plan_id = $1 AND version = $2',
      [planId, version],
    );
    return row ?? null;
  }
}
