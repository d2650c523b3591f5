import { NewEvent, PostgresEventStore } from '@vigil/event-store';
import { ProofTree1763860000150 } from '@vigil/proof';
import { Client } from 'pg';
import { QueryRunner } from 'typeorm';
import { SETUP_POOL } from './bench-context';
import { withClient } from './bench-database';
import { benchData, EVENTS_PER_STREAM } from './bench-events';
import { benchIncidentEvent } from './bench-incident-events';

/** The proof tree's tables (the real migration), dropped first if a previous case left them. */
export async function resetProofSchema(url: string): Promise<void> {
  await withClient(url, async (client) => {
    await client.query('DROP SCHEMA IF EXISTS proof CASCADE');
    await new ProofTree1763860000150().up({ query: (sql: string) => client.query(sql) } as unknown as QueryRunner);
  });
}

/** Category of the filled streams (`proofbench-<n>`). */
export const FILL_CATEGORY = 'proofbench';

/**
 * Set-based fill of `events` events in streams of 10: one INSERT ... SELECT per revision (and per chunk of streams), each
 * its own transaction, so a stream's revision r lands in a later transaction than its r-1 (per-stream order = global
 * order, as the store guarantees). Every row's chain hash is the store's own event_store.hash_event over its previous
 * hash, so the chains verify exactly as appended ones do. Data is the bench's ~500-byte JSON with a fresh incident id.
 */
export async function fillChainedEvents(url: string, events: number, onProgress: (line: string) => void): Promise<void> {
  await insertChainedStreams(url, { category: FILL_CATEGORY, firstStream: 0, events }, onProgress);
  await withClient(url, (client) => client.query('VACUUM ANALYZE event_store.events'));
}

/** `events` chained events in new streams `<category>-<firstStream>`, `<category>-<firstStream + 1>`, …, 10 to a stream. */
export async function insertChainedStreams(
  url: string,
  { category, firstStream, events }: { category: string; firstStream: number; events: number },
  onProgress: (line: string) => void,
): Promise<void> {
  const streams = Math.ceil(events / EVENTS_PER_STREAM);
  const chunk = 100_000;
  const template = JSON.stringify(benchData());
  const client = new Client({ connectionString: url, ...SETUP_POOL });
  await client.connect();
  client.on('error', () => undefined);
  try {
    for (let revision = 0; revision < EVENTS_PER_STREAM; revision++) {
      for (let from = 0; from < streams; from += chunk) {
        // streams k in [from, to) whose revision r is below the total: k * 10 + r < events
        const to = Math.min(streams, from + chunk, Math.floor((events - revision - 1) / EVENTS_PER_STREAM) + 1);
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
                     -- A key lookup per stream: as a join, planned on statistics from a tenth of the rows, it hashed the
                     -- whole table and spilled to disk, 8 minutes a revision past 6M events instead of about one.
                     LEFT JOIN LATERAL (SELECT hash FROM event_store.events p
                                         WHERE $3::int > 0 AND p.stream_id = $4::text || '-' || i AND p.stream_revision = $3::int - 1 LIMIT 1) p ON true) x`,
          [firstStream + from, firstStream + to, revision, category, template],
        );
      }
      if (revision === 0) await client.query('ANALYZE event_store.events');
      onProgress(`revision ${revision + 1}/${EVENTS_PER_STREAM} of ${streams.toLocaleString('en-GB')} new streams`);
    }
  } finally {
    await client.end();
  }
}

/**
 * One incident stream of `events` events appended through the real store, `perAppend` per append, in order (reported,
 * then reclassified back and forth), so its events carry `events / perAppend` distinct recording times.
 */
export async function appendIncidentStream(url: string, incidentId: string, streamId: string, events: number, perAppend: number): Promise<void> {
  const store = new PostgresEventStore({ connectionString: url, pool: SETUP_POOL });
  try {
    for (let first = 0; first < events; first += perAppend) {
      const batch: NewEvent[] = Array.from({ length: Math.min(perAppend, events - first) }, (_, i) => benchIncidentEvent(incidentId, first + i));
      await store.appendToStream(streamId, batch, { expectedRevision: first === 0 ? 'no-stream' : first - 1 });
    }
  } finally {
    await store.close();
  }
}

/**
 * Waits until every stored event lies below the oldest running transaction of the whole server (the follower reads
 * only there, like every subscriber): a long transaction in another database of a shared server holds the tree back.
 * Returns the seconds waited.
 */
export async function waitUntilLogReadable(url: string, onWait: (line: string) => void): Promise<number> {
  const started = Date.now();
  return withClient(url, async (client) => {
    for (let polls = 0; ; polls++) {
      const { rows } = await client.query<{ ready: boolean }>(
        `SELECT coalesce(max(transaction_id) < pg_snapshot_xmin(pg_current_snapshot()), true) AS ready FROM event_store.events`,
      );
      if (rows[0].ready) return (Date.now() - started) / 1000;
      if (polls % 10 === 0) onWait(`waiting ${Math.round((Date.now() - started) / 1000)} s for an older transaction elsewhere on the server to end`);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  });
}
