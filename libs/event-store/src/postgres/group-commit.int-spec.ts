import { Client } from 'pg';
import { createTestDatabase } from '../../../../test/support/test-database';
import { testEvent } from '../contract/contract-events';
import { EventIdConflictError, InvalidEventError, WrongExpectedRevisionError } from '../errors';
import { AppendResult } from '../event-store.port';
import { CREATE_EVENT_STORE_SQL, STREAM_LOCK_NAMESPACE } from './event-store.schema';
import { PostgresEventStore } from './postgres-event-store';

/**
 * Group commit: appends that queue behind one in flight go to PostgreSQL together. A second connection
 * holds the first append's stream lock, so the others queue for certain, and lets go once they have.
 */
describe('group commit of concurrent appends', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let admin: Client;
  let blocker: Client;
  let store: PostgresEventStore;
  let batches: number;

  beforeEach(async () => {
    database = await createTestDatabase('vigil_gc');
    admin = new Client({ connectionString: database.url });
    blocker = new Client({ connectionString: database.url });
    await admin.connect();
    await blocker.connect();
    await admin.query(CREATE_EVENT_STORE_SQL);
    store = new PostgresEventStore({ connectionString: database.url });
    batches = 0;
    const query = store.pool.query.bind(store.pool) as (sql: string | { text: string }, params?: unknown[]) => Promise<unknown>;
    (store.pool as { query: unknown }).query = (sql: string | { text: string }, params?: unknown[]) => {
      if ((typeof sql === 'string' ? sql : sql.text).includes('append_batch')) batches++;
      return query(sql, params);
    };
  });

  afterEach(async () => {
    await store.close();
    await blocker.end();
    await admin.end();
    await database.drop();
  });

  /** Holds `streamId`'s append lock until the returned release is called. */
  async function holdStreamLock(streamId: string): Promise<() => Promise<void>> {
    await blocker.query('BEGIN');
    await blocker.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [STREAM_LOCK_NAMESPACE, streamId]);
    return async () => void (await blocker.query('COMMIT'));
  }

  /** Waits until the first append's batch waits on the lock, so whatever comes next queues behind it. */
  async function untilWaitingOnLock(): Promise<void> {
    for (;;) {
      const { rows } = await admin.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%append_batch%'`,
      );
      if (rows[0].n > 0) return;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  const settle = (promise: Promise<AppendResult>) =>
    promise.then(
      (result) => ({ result, error: undefined }),
      (error: unknown) => ({ result: undefined, error }),
    );

  it('commits the queued appends in one transaction and answers each on its own', async () => {
    const release = await holdStreamLock('gc-first');
    const first = store.appendToStream('gc-first', [testEvent(0)], { expectedRevision: 'no-stream' });
    await untilWaitingOnLock();
    const taken = testEvent(1);
    const queued = [
      store.appendToStream('gc-a', [taken], { expectedRevision: 'no-stream' }),
      store.appendToStream('gc-a', [testEvent(2)], { expectedRevision: 'no-stream' }), // the one before it made the stream
      store.appendToStream('gc-b', [testEvent(3), testEvent(4)], { expectedRevision: 'any' }),
      store.appendToStream('gc-c', [{ ...testEvent(5), id: taken.id }], { expectedRevision: 'any' }), // gc-a's event id
      store.appendToStream('gc-a', [taken], { expectedRevision: 'no-stream' }), // a retry of the first: already stored
    ].map(settle);
    await release();
    await first;
    const [a, aAgain, b, c, retry] = await Promise.all(queued);

    expect(batches).toBe(2);
    expect(a.result).toMatchObject({ nextExpectedRevision: 0, alreadyStored: false });
    expect(aAgain.error).toBeInstanceOf(WrongExpectedRevisionError);
    expect(aAgain.error).toMatchObject({ streamId: 'gc-a', actual: 0 });
    expect(b.result).toMatchObject({ nextExpectedRevision: 1, alreadyStored: false });
    expect(c.error).toBeInstanceOf(EventIdConflictError);
    expect(retry.result).toEqual({ ...a.result, alreadyStored: true });
    expect(b.result?.position.commit).toBe(a.result?.position.commit); // one transaction
    expect((await store.readStream('gc-a')).map((e) => e.id)).toEqual([taken.id]);
    expect(await store.readStream('gc-b')).toHaveLength(2);
    expect(await store.readStream('gc-c')).toEqual([]);
  });

  it('tries the others alone when PostgreSQL refuses one append of the batch, and refuses only that one', async () => {
    const release = await holdStreamLock('gc-first');
    const first = store.appendToStream('gc-first', [testEvent(0)], { expectedRevision: 'no-stream' });
    await untilWaitingOnLock();
    const queued = [
      store.appendToStream('gc-a', [testEvent(1)], { expectedRevision: 'no-stream' }),
      store.appendToStream('gc-bad', [testEvent(2, { text: 'nul \u0000 byte' })], { expectedRevision: 'no-stream' }),
      store.appendToStream('gc-a', [testEvent(3)], { expectedRevision: 0 }),
    ].map(settle);
    await release();
    await first;
    const [a, bad, aNext] = await Promise.all(queued);

    expect(a.result).toMatchObject({ nextExpectedRevision: 0 });
    expect(bad.error).toBeInstanceOf(InvalidEventError);
    expect((bad.error as Error).message).toMatch(/Event data for "gc-bad" was refused/);
    expect(aNext.result).toMatchObject({ nextExpectedRevision: 1 });
    expect(await store.readStream('gc-a')).toHaveLength(2);
    expect(await store.readStream('gc-bad')).toEqual([]);
  });
});
