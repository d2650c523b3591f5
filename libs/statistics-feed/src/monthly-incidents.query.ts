import { EntityManager } from 'typeorm';

export interface MonthlyIncidentCount {
  readonly month: string;
  readonly area: string;
  readonly kind: string;
  readonly target: string;
  readonly incidents: number;
}

/** Counted incidents per month of occurrence, area, kind and target group, as the feed knows them now. */
export async function monthlyIncidentCounts(manager: EntityManager, from: string, to: string): Promise<MonthlyIncidentCount[]> {
  const rows: { month: string; area: string; kind: string; target: string; incidents: string }[] = await manager.query(
    `SELECT to_char(date_trunc('month', occurred_at AT TIME ZONE 'Europe/Copenhagen'), 'YYYY-MM') AS month, area, kind, target, count(*) AS incidents
       FROM statistics_feed_incidents
      WHERE counted AND occurred_at >= $1::date AND occurred_at < ($2::date + interval '1 month')
      GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
    [`${from}-01`, `${to}-01`],
  );
  return rows.map((r) => ({ ...r, incidents: Number(r.incidents) }));
}
