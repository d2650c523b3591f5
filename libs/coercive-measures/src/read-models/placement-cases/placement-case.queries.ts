import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CaseJudgement, judge } from '../../domain/case-judgement';
import { PlacementState } from '../../domain/placement.state';
import { PlacementTimeline } from '../../domain/placement.timeline';
import { RuleSetBook } from '../../domain/rule-set';

export interface PlacementCaseRow {
  placementId: string;
  revision: number;
  status: string;
  institution: string;
  inmateRef: string;
  restrained: boolean;
  startedAt: string;
  endedAt: string | null;
  recordedAt: string;
  updatedAt: string;
  state: PlacementState;
  timeline: PlacementTimeline;
}

export interface CaseFilter {
  institution?: string;
  from?: string;
  to?: string;
  limit: number;
  offset?: number;
}

/** The institutions a reader's unit covers; null reads them all (national readers, auditors). */
export type PlacementScope = readonly string[] | null;

const COLUMNS = `placement_id AS "placementId", revision, status, institution, inmate_ref AS "inmateRef", restrained,
  started_at AS "startedAt", ended_at AS "endedAt", recorded_at AS "recordedAt", updated_at AS "updatedAt", state, timeline`;

/** Reads of the placement-cases read model, judged at query time from each case's compact timeline. */
@Injectable()
export class PlacementCaseQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** One case, or null, also when it lies outside the scope: its existence does not leak. */
  async get(id: string, scope: PlacementScope = null): Promise<PlacementCaseRow | null> {
    const [row] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM coercive_placement WHERE placement_id = $1 ${scope ? 'AND institution = ANY($2)' : ''}`,
      scope ? [id, scope] : [id],
    );
    return row ? normalise(row) : null;
  }

  async find(filter: CaseFilter, scope: PlacementScope = null): Promise<PlacementCaseRow[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    const add = (clause: string, value: unknown) => where.push(`${clause} $${params.push(value)}`);
    if (filter.institution) add('institution =', filter.institution);
    if (scope) where.push(`institution = ANY($${params.push(scope)})`);
    if (filter.from) add('started_at >=', filter.from);
    if (filter.to) add('started_at <', filter.to);
    const rows = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM coercive_placement ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY started_at DESC, placement_id LIMIT $${params.push(filter.limit)} OFFSET $${params.push(filter.offset ?? 0)}`,
      params,
    );
    return rows.map(normalise);
  }

  /** Every case in the filter with its verdicts at `at`, each by its country's rule set in force at its start. */
  async judged(
    filter: CaseFilter,
    ruleSets: RuleSetBook,
    at: Date,
    scope: PlacementScope = null,
  ): Promise<{ row: PlacementCaseRow; judgement: CaseJudgement }[]> {
    return (await this.find(filter, scope)).map((row) => ({ row, judgement: judge(ruleSets, row.timeline, at) }));
  }
}

function normalise(row: PlacementCaseRow & { startedAt: Date | string; endedAt: Date | string | null }): PlacementCaseRow {
  const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
  return { ...row, startedAt: iso(row.startedAt)!, endedAt: iso(row.endedAt), recordedAt: iso(row.recordedAt)!, updatedAt: iso(row.updatedAt)! };
}
