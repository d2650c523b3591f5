import { MIGRATIONS } from '@vigil/platform';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { SETUP_POOL } from './bench-context';
import { withClient } from './bench-database';
import { benchData, EVENTS_PER_STREAM } from './bench-events';
import { CREATE_BENCH_STREAM_COUNTS_SQL } from './stream-counts.projection';

/** Category of the filled streams (`growthfill-<n>`); every one holds 10 events when full. */
export const GROWTH_CATEGORY = 'growthfill';
const CHUNK = 100_000;

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

/**
 * Adds `events` chained events in streams of 10 numbered from `firstStream`, set-based as proof-fill's fillChainedEvents
 * does (one INSERT ... SELECT per revision and chunk of streams, each its own transaction, chain hashes by the store's
 * event_store.hash_event), but continuing after the streams already there, so a store can grow from one size to the next.
 */
export async function growChainedEvents(url: string, firstStream: number, events: number, onProgress: (line: string) => void): Promise<void> {
  const streams = Math.ceil(events / EVENTS_PER_STREAM);
  const template = JSON.stringify(benchData());
  const client = new Client({ connectionString: url, ...SETUP_POOL });
  await client.connect();
  client.on('error', () => undefined);
  try {
    for (let revision = 0; revision < EVENTS_PER_STREAM; revision++) {
      for (let from = 0; from < streams; from += CHUNK) {
        // streams k in [from, to) whose revision r is below the total: k * 10 + r < events
        const to = Math.min(streams, from + CHUNK, Math.floor((events - revision - 1) / EVENTS_PER_STREAM) + 1);
        if (to <= from) continue;
        await client.query(
          `INSERT INTO event_store.events (event_id, stream_id, category, stream_revision, type, data, metadata, recorded_at, previous_hash, hash)
           SELECT x.id, x.s, $4::text, $3::int, x.type, x.data, x.metadata, clock_timestamp(), x.prev,
                  event_store.hash_event(x.prev, x.s, $3::int, x.id, x.type, x.data, x.metadata)
             FROM (SELECT gen_random_uuid() AS id, $4::text || '-' || i AS s, 'bench.incident-noted.v1' AS type,
                          $5::jsonb || jsonb_build_object('incidentId', gen_random_uuid()) AS data,
                          jsonb_build_object('actor', 'ST-BENCH01', 'correlationId', gen_random_uuid()) AS metadata,
                          p.hash AS prev
                     FROM generate_series($1::int, $2::int - 1) AS i
                     LEFT JOIN event_store.events p ON $3::int > 0 AND p.stream_id = $4::text || '-' || i AND p.stream_revision = $3::int - 1) x`,
          [firstStream + from, firstStream + to, revision, GROWTH_CATEGORY, template],
        );
      }
      if (revision === 0) await client.query('ANALYZE event_store.events');
      onProgress(`revision ${revision + 1}/${EVENTS_PER_STREAM} of ${streams.toLocaleString('en-GB')} new streams`);
    }
  } finally {
    await client.end();
  }
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
