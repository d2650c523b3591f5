import { NewEvent, PostgresEventStore } from '@vigil/event-store';
import { SETUP_POOL } from './bench-context';
import { newPool, withClient } from './bench-database';
import { benchData, benchNewEvent, EVENTS_PER_STREAM, HISTORY_APPENDS, historyStream } from './bench-events';
import { forEachConcurrently } from './closed-loop';
import { rawInsertMany } from './raw-events';

const SETUP_WRITERS = 4;
/** Appends before the setup's early ANALYZE (see appendVigilSetup). */
const ANALYZE_AFTER = 100;

/**
 * Setup-only bulk append through the real store (synchronous_commit off). The store's
 * append function plans its event-id check once per connection; on a table never analysed that
 * plan is a hash join over a full scan of events, so the setup runs ANALYZE after the first
 * appends and VACUUM ANALYZE at the end, as autovacuum would eventually do on a live store.
 */
export async function appendVigilSetup(url: string, appends: number, batch: (i: number) => { streamId: string; events: NewEvent[] }): Promise<void> {
  const store = new PostgresEventStore({ connectionString: url, pool: SETUP_POOL });
  try {
    const append = (i: number) => {
      const { streamId, events } = batch(i);
      return store.appendToStream(streamId, events, { expectedRevision: 'any' });
    };
    const early = Math.min(ANALYZE_AFTER, appends);
    await forEachConcurrently(early, SETUP_WRITERS, append);
    await withClient(url, (client) => client.query('ANALYZE event_store.events'));
    await forEachConcurrently(appends - early, SETUP_WRITERS, (i) => append(early + i));
  } finally {
    await store.close();
  }
  await withClient(url, (client) => client.query('VACUUM ANALYZE event_store.events'));
}

export function fillVigilHistory(url: string): Promise<void> {
  return appendVigilSetup(url, HISTORY_APPENDS, (i) => ({ streamId: historyStream(i), events: Array.from({ length: EVENTS_PER_STREAM }, benchNewEvent) }));
}

export async function fillRawHistory(url: string): Promise<void> {
  const pool = newPool({ connectionString: url, max: SETUP_WRITERS, ...SETUP_POOL });
  try {
    await forEachConcurrently(HISTORY_APPENDS, SETUP_WRITERS, (i) =>
      rawInsertMany(pool, historyStream(i), Math.floor(i / 100) * EVENTS_PER_STREAM, Array.from({ length: EVENTS_PER_STREAM }, benchData)),
    );
  } finally {
    await pool.end();
  }
  await withClient(url, (client) => client.query('VACUUM ANALYZE raw_events'));
}
