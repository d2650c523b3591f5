import { MIGRATIONS } from '@vigil/platform';
import { DataSource } from 'typeorm';
import { withClient } from './bench-database';
import { insertChainedStreams } from './proof-fill';
import { CREATE_BENCH_STREAM_COUNTS_SQL } from './stream-counts.projection';

/** Category of the filled streams (`growthfill-<n>`); every one holds 10 events when full. */
export const GROWTH_CATEGORY = 'growthfill';

/** Every migration the app runs (so the app later starts on this database as on its own), plus the bench read model. */
export async function migrateGrowthDatabase(url: string): Promise<void> {
  const dataSource = await new DataSource({ type: 'postgres', url, migrations: MIGRATIONS, migrationsTransactionMode: 'each' }).initialize();
  try {
    await dataSource.runMigrations();
  } finally {
    await dataSource.destroy();
  }
  await withClient(url, (client) => client.query(CREATE_BENCH_STREAM_COUNTS_SQL));
}

/** Adds `events` chained events in new streams numbered from `firstStream`, so a store grows from one size to the next. */
export function growChainedEvents(url: string, firstStream: number, events: number, onProgress: (line: string) => void): Promise<void> {
  return insertChainedStreams(url, { category: GROWTH_CATEGORY, firstStream, events }, onProgress);
}

/** What a running store's autovacuum would have done by now; returns the seconds it took. */
export async function vacuumAnalyze(url: string): Promise<number> {
  const started = Date.now();
  await withClient(url, (client) => client.query('VACUUM ANALYZE event_store.events'));
  return (Date.now() - started) / 1000;
}

export async function storeFacts(url: string): Promise<{ events: number; bytes: string }> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ events: string; bytes: string }>(
      `SELECT count(*)::text AS events, pg_size_pretty(pg_total_relation_size('event_store.events')) AS bytes FROM event_store.events`,
    );
    return { events: Number(rows[0].events), bytes: rows[0].bytes };
  });
}
