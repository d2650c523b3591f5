import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource, EntityManager } from 'typeorm';
import { STATISTICS_TIME_ZONE } from '../facts/contributions';
import { localMidnight } from './calendar';

/** Which registered incidents to count by month: kinds (all when none are named), an area and/or institution, months. */
export interface IncidentCountsFilter {
  readonly kinds?: readonly string[];
  /** `-` matches nothing (an area-scoped reader whose area is unknown). */
  readonly area?: string;
  /** An institution, or `off-duty` for incidents outside any institution. */
  readonly institution?: string;
  /** First month `YYYY-MM`. */
  readonly from: string;
  /** Last month `YYYY-MM`, included. */
  readonly to: string;
}

export interface IncidentMonthCount {
  readonly month: string;
  readonly count: number;
}

const monthStart = (month: string, plus = 0) => localMidnight(Number(month.slice(0, 4)), Number(month.slice(5, 7)) + plus, 1);

function months(from: string, to: string): string[] {
  const list: string[] = [];
  for (let i = Number(from.slice(0, 4)) * 12 + Number(from.slice(5, 7)) - 1; ; i++) {
    const month = `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
    if (month > to) return list;
    list.push(month);
  }
}

/**
 * Incidents registered and counted now (their current fact version counts: not a duplicate, not marked not reportable),
 * by the month they occurred in the services' time zone: registrations, under no indicator definition, every month of
 * the span listed (zero where none).
 */
export async function incidentCounts(manager: EntityManager, filter: IncidentCountsFilter): Promise<IncidentMonthCount[]> {
  const params: unknown[] = [monthStart(filter.from), monthStart(filter.to, 1)];
  const where: string[] = [];
  const add = (sql: string, value: unknown) => where.push(sql.replace('?', `$${params.push(value)}`));
  if (filter.kinds) add('kind = ANY (?)', [...filter.kinds]);
  if (filter.area !== undefined) add('area = ?', filter.area);
  if (filter.institution !== undefined) add(`coalesce(institution_id, 'off-duty') = ?`, filter.institution);
  const rows: { month: string; count: number }[] = await manager.query(
    `SELECT to_char(occurred_at AT TIME ZONE '${STATISTICS_TIME_ZONE}', 'YYYY-MM') AS month, count(*)::int AS count
       FROM statistics_incident_versions
      WHERE valid_to IS NULL AND status = 'counted' AND occurred_at >= $1 AND occurred_at < $2${where.map((w) => ` AND ${w}`).join('')}
      GROUP BY 1`,
    params,
  );
  const counted = new Map(rows.map((r) => [r.month, Number(r.count)]));
  return months(filter.from, filter.to).map((month) => ({ month, count: counted.get(month) ?? 0 }));
}

/** Monthly registrations of incident kinds at a unit: what other contexts (learning reviews' effect over time) ask by contract. */
export class GetIncidentCounts extends Query<IncidentMonthCount[]> {
  constructor(readonly filter: IncidentCountsFilter) {
    super();
  }
}

@QueryHandler(GetIncidentCounts)
export class GetIncidentCountsHandler implements IQueryHandler<GetIncidentCounts> {
  constructor(private readonly db: DataSource) {}
  execute(q: GetIncidentCounts) {
    return incidentCounts(this.db.manager, q.filter);
  }
}
