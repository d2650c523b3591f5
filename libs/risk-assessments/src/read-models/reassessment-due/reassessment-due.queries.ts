import { RiskScope } from '../risk-reader-scope';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { ListReassessmentsQuery } from './list-reassessments.query';

export interface DueReassessment {
  caseId: string;
  personRole: string;
  latestRiskLevel: string | null;
  dueAt: string;
  dueReason: 'cycle' | 'situation-change';
  /** overdue and escalated count from the due time, whether or not the worker has recorded it yet. */
  standing: 'escalated' | 'overdue' | 'due-soon' | 'scheduled';
  overdueRecorded: boolean;
  escalated: boolean;
}

const STANDING = `CASE WHEN escalated THEN 'escalated' WHEN due_at <= $1::timestamptz THEN 'overdue' WHEN due_at <= $1::timestamptz + make_interval(days => $2::int) THEN 'due-soon' ELSE 'scheduled' END`;
const FILTER: Record<ListReassessmentsQuery['standing'], string> = {
  all: 'TRUE',
  overdue: 'due_at <= $1::timestamptz',
  escalated: 'escalated',
  'due-soon': 'due_at > $1::timestamptz AND due_at <= $1::timestamptz + make_interval(days => $2::int)',
};

/** Open cases with a reassessment date, earliest first: what is overdue, escalated, or soon due as of `now`. */
export class ListReassessments extends Query<{ total: number; items: DueReassessment[] }> {
  constructor(
    readonly filter: ListReassessmentsQuery,
    readonly now: Date,
    readonly scope: RiskScope = null,
  ) {
    super();
  }
}

@QueryHandler(ListReassessments)
export class ListReassessmentsHandler implements IQueryHandler<ListReassessments> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ filter: query, now, scope }: ListReassessments): Promise<{ total: number; items: DueReassessment[] }> {
    const where = `$1::timestamptz IS NOT NULL AND $2::int >= 0 AND status = 'open' AND due_at IS NOT NULL AND ${FILTER[query.standing]} AND ($3::text IS NULL OR person_role = $3)
      AND ($4::text[] IS NULL OR unit = ANY($4))`;
    const params = [now.toISOString(), query.withinDays, query.personRole ?? null, scope];
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM risk_reassessment_due WHERE ${where}`, params);
    const items = await this.dataSource.query(
      `SELECT case_id AS "caseId", person_role AS "personRole", latest_risk_level AS "latestRiskLevel", due_at AS "dueAt", due_reason AS "dueReason",
              ${STANDING} AS standing, overdue_recorded AS "overdueRecorded", escalated
         FROM risk_reassessment_due WHERE ${where} ORDER BY due_at, case_id LIMIT $5 OFFSET $6`,
      [...params, query.limit, query.offset],
    );
    return { total, items };
  }
}
