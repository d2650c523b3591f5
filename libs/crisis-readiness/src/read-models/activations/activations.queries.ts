import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { StartedActivation } from '../../domain/activation.state';
import { activationView, entryView, rolesView } from './activation.view';

export interface BoardFilter {
  area?: string;
  exercise?: boolean;
}

/** How many of the latest log entries each board row shows. */
const LATEST_ENTRIES = 3;

/** Reads of the `crisis-readiness.activations` read model. */
@Injectable()
export class ActivationsQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** Active activations, most severe level first: level, roles, and the latest log entries. */
  async board(filter: BoardFilter) {
    const params: unknown[] = [];
    const clauses = [`status = 'active'`];
    if (filter.area) clauses.push(`area = $${params.push(filter.area)}`);
    if (filter.exercise !== undefined) clauses.push(`exercise = $${params.push(filter.exercise)}`);
    const rows: { revision: number; state: StartedActivation }[] = await this.dataSource.query(
      `SELECT revision, state FROM crisis_activation WHERE ${clauses.join(' AND ')}
        ORDER BY array_position(ARRAY['strategic','tactical','operational'], level), activated_at`,
      params,
    );
    return rows.map(({ revision, state }) => ({
      activationId: state.activationId,
      exercise: state.exercise,
      revision,
      level: state.level,
      plan: { planId: state.plan.planId, version: state.plan.version, title: state.plan.title, scenario: state.plan.scenario },
      scope: state.scope,
      activatedAt: state.activatedAt,
      roles: rolesView(state),
      latestEntries: state.log.slice(-LATEST_ENTRIES).reverse().map((e) => ({ ...entryView(e), exercise: state.exercise })),
    }));
  }

  /** Every activation, newest first, real and exercise alike (each row says which). */
  list(filter: BoardFilter & { status?: string }) {
    const params: unknown[] = [];
    const clauses: string[] = [];
    if (filter.status) clauses.push(`status = $${params.push(filter.status)}`);
    if (filter.area) clauses.push(`area = $${params.push(filter.area)}`);
    if (filter.exercise !== undefined) clauses.push(`exercise = $${params.push(filter.exercise)}`);
    return this.dataSource.query(
      `SELECT activation_id AS "activationId", exercise, revision, status, level, plan_id AS "planId", plan_version AS "planVersion", scenario, title,
              scope_kind AS "scopeKind", area, institution, unit, activated_at AS "activatedAt", stood_down_at AS "stoodDownAt",
              decisions, communications
         FROM crisis_activation ${clauses.length ? `WHERE ${clauses.join(' AND ')}` : ''} ORDER BY activated_at DESC LIMIT 200`,
      params,
    );
  }

  async detail(activationId: string) {
    const [row] = await this.dataSource.query('SELECT revision, state FROM crisis_activation WHERE activation_id = $1', [activationId]);
    return row ? activationView(row.state as StartedActivation, row.revision) : null;
  }
}
