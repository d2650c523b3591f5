import { ActivationScope, activationScopeClause } from './activation-reader-scope';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { StartedActivation } from '../../domain/activation.state';
import { activationView, ActivationView, entryView, rolesView } from './activation.view';

export interface BoardFilter {
  area?: string;
  exercise?: boolean;
}

export type ActivationListFilter = BoardFilter & { status?: string };

/** How many of the latest log entries each board row shows. */
const LATEST_ENTRIES = 3;

/** One row of the board: level, roles and the latest log entries, each saying whether it is an exercise. */
function boardRow(revision: number, state: StartedActivation) {
  return {
    activationId: state.activationId,
    exercise: state.exercise,
    revision,
    level: state.level,
    plan: { planId: state.plan.planId, version: state.plan.version, title: state.plan.title, scenario: state.plan.scenario },
    scope: state.scope,
    activatedAt: state.activatedAt,
    roles: rolesView(state),
    latestEntries: state.log
      .slice(-LATEST_ENTRIES)
      .reverse()
      .map((e) => ({ ...entryView(e), exercise: state.exercise })),
  };
}

export type BoardRow = ReturnType<typeof boardRow>;

export interface ActivationListItem {
  activationId: string;
  exercise: boolean;
  revision: number;
  status: string;
  level: string;
  planId: string;
  planVersion: number;
  scenario: string;
  title: string;
  scopeKind: string;
  area: string | null;
  institution: string | null;
  unit: string | null;
  activatedAt: string;
  stoodDownAt: string | null;
  decisions: number;
  communications: number;
}

/** Active activations, most severe level first: the crisis board. */
export class GetCrisisBoard extends Query<BoardRow[]> {
  constructor(
    readonly filter: BoardFilter,
    readonly scope: ActivationScope = { kind: 'all' },
  ) {
    super();
  }
}

/** Every activation, newest first, real and exercise alike (each row says which). */
export class ListActivations extends Query<ActivationListItem[]> {
  constructor(
    readonly filter: ActivationListFilter,
    readonly scope: ActivationScope = { kind: 'all' },
  ) {
    super();
  }
}

/** One activation in full, or null (also outside the reader's scope: its existence does not leak). */
export class GetActivation extends Query<ActivationView | null> {
  constructor(
    readonly activationId: string,
    readonly scope: ActivationScope = { kind: 'all' },
  ) {
    super();
  }
}

/** The filter's clauses over `crisis_activation`, numbered from $1. */
function where(filter: ActivationListFilter, clauses: string[] = [], scope: ActivationScope = { kind: 'all' }) {
  const params: unknown[] = [];
  const inScope = activationScopeClause(scope, params);
  if (inScope) clauses.push(inScope);
  if (filter.status) clauses.push(`status = $${params.push(filter.status)}`);
  if (filter.area) clauses.push(`area = $${params.push(filter.area)}`);
  if (filter.exercise !== undefined) clauses.push(`exercise = $${params.push(filter.exercise)}`);
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

@QueryHandler(GetCrisisBoard)
export class GetCrisisBoardHandler implements IQueryHandler<GetCrisisBoard> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ filter, scope }: GetCrisisBoard): Promise<BoardRow[]> {
    const { sql, params } = where({ area: filter.area, exercise: filter.exercise }, [`status = 'active'`], scope);
    const rows: { revision: number; state: StartedActivation }[] = await this.dataSource.query(
      `SELECT revision, state FROM crisis_activation ${sql}
        ORDER BY array_position(ARRAY['strategic','tactical','operational'], level), activated_at`,
      params,
    );
    return rows.map(({ revision, state }) => boardRow(revision, state));
  }
}

@QueryHandler(ListActivations)
export class ListActivationsHandler implements IQueryHandler<ListActivations> {
  constructor(private readonly dataSource: DataSource) {}

  execute({ filter, scope }: ListActivations): Promise<ActivationListItem[]> {
    const { sql, params } = where(filter, [], scope);
    return this.dataSource.query(
      `SELECT activation_id AS "activationId", exercise, revision, status, level, plan_id AS "planId", plan_version AS "planVersion", scenario, title,
              scope_kind AS "scopeKind", area, institution, unit, activated_at AS "activatedAt", stood_down_at AS "stoodDownAt",
              decisions, communications
         FROM crisis_activation ${sql} ORDER BY activated_at DESC LIMIT 200`,
      params,
    );
  }
}

@QueryHandler(GetActivation)
export class GetActivationHandler implements IQueryHandler<GetActivation> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ activationId, scope }: GetActivation): Promise<ActivationView | null> {
    const params: unknown[] = [activationId];
    const inScope = activationScopeClause(scope, params);
    const [row] = await this.dataSource.query(
      `SELECT revision, state FROM crisis_activation WHERE activation_id = $1 ${inScope ? `AND ${inScope}` : ''}`,
      params,
    );
    return row ? activationView(row.state as StartedActivation, row.revision) : null;
  }
}
