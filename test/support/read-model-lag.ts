import { CategoryFilter, categoryList } from '@vigil/event-store';
import { Client } from 'pg';

export interface HeadPosition {
  readonly commit: string;
  readonly prepare: string;
}

/** Runs one query on a connection of its own (the database restarts under the test, so nothing is kept open). */
export async function queryOnce<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The last readable position of the global log (what no running transaction can still precede). */
export async function headPosition(url: string): Promise<HeadPosition> {
  const rows = await queryOnce<HeadPosition>(
    url,
    `SELECT transaction_id::text AS commit, global_position::text AS prepare FROM event_store.events
      WHERE transaction_id < pg_snapshot_xmin(pg_current_snapshot()) ORDER BY transaction_id DESC, global_position DESC LIMIT 1`,
  );
  return rows[0] ?? { commit: '0', prepare: '0' };
}

/** The last stored position, readable or not yet (an older transaction may still be running): what read models must reach once writes stop. */
export async function lastPosition(url: string): Promise<HeadPosition> {
  const rows = await queryOnce<HeadPosition>(
    url,
    'SELECT transaction_id::text AS commit, global_position::text AS prepare FROM event_store.events ORDER BY transaction_id DESC, global_position DESC LIMIT 1',
  );
  return rows[0] ?? { commit: '0', prepare: '0' };
}

/**
 * For each projection (name and the category it reads), how many events up to `head` it has not applied:
 * all zero means every read model has caught up with that point of the log.
 */
export async function projectionsBehind(
  url: string,
  projections: readonly { name: string; category?: CategoryFilter }[],
  head: HeadPosition,
): Promise<Record<string, number>> {
  const rows = await queryOnce<{ name: string; behind: string }>(
    url,
    `SELECT p.name, (SELECT count(*) FROM event_store.events e
                       WHERE (e.transaction_id, e.global_position) > (coalesce(c.commit_position, 0)::text::xid8, coalesce(c.prepare_position, 0))
                         AND (e.transaction_id, e.global_position) <= ($3::xid8, $4::bigint)
                         AND (p.categories IS NULL OR e.category = ANY(string_to_array(p.categories, ',')))) AS behind
       FROM unnest($1::text[], $2::text[]) AS p(name, categories)
       LEFT JOIN projection_checkpoints c ON c.name = p.name`,
    [projections.map((p) => p.name), projections.map((p) => categoryList(p.category)?.join(',') ?? null), head.commit, head.prepare],
  );
  return Object.fromEntries(rows.map((r) => [r.name, Number(r.behind)]));
}

/** What each session of the database is doing and waiting for, and how long its transaction has been open: for a diagnosis. */
export function sessionsOf(url: string): Promise<Record<string, unknown>[]> {
  return queryOnce(
    url,
    `SELECT pid, state, wait_event_type AS wait_type, wait_event AS wait, round(extract(epoch FROM now() - xact_start)::numeric, 1) AS xact_s,
            left(query, 160) AS query
       FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() ORDER BY xact_start NULLS LAST`,
  );
}
