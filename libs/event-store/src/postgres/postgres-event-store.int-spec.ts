import { Client } from 'pg';
import { createTestDatabase } from '../../../../test/support/test-database';
import { eventStoreContract } from '../contract/event-store.contract';
import { validateAppend } from '../event-validation';
import { appendPayload } from './append-payload';
import { CREATE_EVENT_STORE_SQL } from './event-store.schema';
import { PostgresEventStore, readPageSql } from './postgres-event-store';

eventStoreContract('PostgreSQL', async () => {
  const database = await createTestDatabase('vigil_es');
  const admin = new Client({ connectionString: database.url });
  await admin.connect();
  await admin.query(CREATE_EVENT_STORE_SQL);
  let now: Date | null = null;
  const store = new PostgresEventStore({ connectionString: database.url, clock: { now: () => now ?? new Date() }, pollIntervalMs: 50 });
  // Superuser edits behind the store's back: the append-only trigger is lifted for the moment.
  const behindTheStoresBack = async (sql: string, params: unknown[]) => {
    await admin.query('ALTER TABLE event_store.events DISABLE TRIGGER events_append_only');
    await admin.query(sql, params);
    await admin.query('ALTER TABLE event_store.events ENABLE TRIGGER events_append_only');
  };
  return {
    store,
    setClock: (date) => (now = date),
    async appendInHeldTransaction(streamId, events, holdMs, outcome) {
      validateAppend(streamId, events);
      const client = await store.pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('SELECT * FROM event_store.append_to_stream($1, $2, $3::jsonb, $4)', [
          streamId,
          'any',
          appendPayload(events, new Date().toISOString()),
          new Date(),
        ]);
        await client.query('SELECT pg_sleep($1)', [holdMs / 1000]);
        await client.query(outcome === 'commit' ? 'COMMIT' : 'ROLLBACK');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
    tamperWithStoredEvent: (streamId, revision) =>
      behindTheStoresBack(
        `UPDATE event_store.events SET data = jsonb_set(data, '{n}', to_jsonb((data->>'n')::int + 1)) WHERE stream_id = $1 AND stream_revision = $2`,
        [streamId, revision],
      ),
    deleteStoredEvent: (streamId, revision) =>
      behindTheStoresBack('DELETE FROM event_store.events WHERE stream_id = $1 AND stream_revision = $2', [streamId, revision]),
    async dispose() {
      await store.close();
      await admin.end();
      await database.drop();
    },
  };
});

describe('PostgreSQL event store specifics', () => {
  it('refuses UPDATE, DELETE and TRUNCATE of stored events', async () => {
    const database = await createTestDatabase('vigil_es');
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query(CREATE_EVENT_STORE_SQL);
      const store = new PostgresEventStore({ connectionString: database.url });
      await store.appendToStream(
        'immutable-1',
        [{ id: '7b0e6f0e-8a57-4c39-9b57-0f4f1b2b9a10', type: 'contract.x.v1', data: {}, metadata: { actor: 'ST-X1Y2', correlationId: 'c' } }],
        { expectedRevision: 'no-stream' },
      );
      await store.close();
      await expect(client.query(`UPDATE event_store.events SET type = 'contract.y.v1'`)).rejects.toThrow(/append-only \(UPDATE refused\)/);
      await expect(client.query('DELETE FROM event_store.events')).rejects.toThrow(/append-only \(DELETE refused\)/);
      await expect(client.query('TRUNCATE event_store.events')).rejects.toThrow(/append-only \(TRUNCATE refused\)/);
    } finally {
      await client.end();
      await database.drop();
    }
  });
});

describe('events held back by a transaction that writes no event', () => {
  const event = (id: string) => ({ id, type: 'contract.x.v1', data: {}, metadata: { actor: 'ST-X1Y2', correlationId: 'c' } });

  it('are reported as held back, and a subscription delivers them when the blocker commits, without waiting for its poll', async () => {
    const database = await createTestDatabase('vigil_es');
    const admin = new Client({ connectionString: database.url });
    const blocker = new Client({ connectionString: database.url });
    await admin.connect();
    await blocker.connect();
    await admin.query(CREATE_EVENT_STORE_SQL);
    // A poll this slow would never deliver within the test: only the held-back retry can.
    const store = new PostgresEventStore({ connectionString: database.url, pollIntervalMs: 600_000 });
    const subscription = store.subscribeToAll();
    const delivered: string[] = [];
    const reading = (async () => {
      for await (const e of subscription) delivered.push(e.id);
    })();
    try {
      await blocker.query('BEGIN');
      await blocker.query('SELECT pg_current_xact_id()'); // like a projection's read-model write: an xid, no event
      const held = await store.appendToStream('held-1', [event('0c1f4e2a-3b5d-4c6e-8f70-91a2b3c4d5e6')], { expectedRevision: 'no-stream' });
      expect(await store.readAll()).toEqual([]);
      expect(await store.hasUnreadEvents({ commit: 0n, prepare: 0n })).toBe(true);
      // By category, and from a position.
      expect(await store.hasUnreadEvents({ commit: 0n, prepare: 0n }, ['held'])).toBe(true);
      expect(await store.hasUnreadEvents({ commit: 0n, prepare: 0n }, ['other'])).toBe(false);
      expect(await store.hasUnreadEvents({ commit: 0n, prepare: 0n }, ['other', 'held'])).toBe(true);
      expect(await store.hasUnreadEvents({ commit: held.position.commit, prepare: held.position.prepare - 1n })).toBe(true);
      expect(await store.hasUnreadEvents(held.position)).toBe(false);
      expect(await store.hasUnreadEvents(held.position, ['held'])).toBe(false);

      await blocker.query('COMMIT'); // sends no notification
      const deadline = Date.now() + 20_000;
      while (delivered.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(delivered).toEqual(['0c1f4e2a-3b5d-4c6e-8f70-91a2b3c4d5e6']);
      // Readable now: still unread from the start (a page read before the blocker committed missed it), read from its own position.
      expect(await store.hasUnreadEvents({ commit: 0n, prepare: 0n })).toBe(true);
      expect(await store.hasUnreadEvents(held.position)).toBe(false);
    } finally {
      await subscription.close();
      await reading;
      await store.close();
      await blocker.end();
      await admin.end();
      await database.drop();
    }
  });
});

describe('notification of appends', () => {
  it('reaches a subscriber of another store instance (another process) through NOTIFY after the commit', async () => {
    const database = await createTestDatabase('vigil_es');
    const admin = new Client({ connectionString: database.url });
    await admin.connect();
    await admin.query(CREATE_EVENT_STORE_SQL);
    // Neither poll would fire during the test: only the notification can deliver.
    const reader = new PostgresEventStore({ connectionString: database.url, pollIntervalMs: 600_000 });
    const writer = new PostgresEventStore({ connectionString: database.url, pollIntervalMs: 600_000 });
    const subscription = reader.subscribeToAll();
    const ofCategory = reader.subscribeToAll({ category: 'notified' }); // woken by the NOTIFY's payload naming its category
    const delivered: string[] = [];
    const deliveredToCategory: string[] = [];
    const reading = (async () => {
      for await (const e of subscription) delivered.push(e.id);
    })();
    const readingCategory = (async () => {
      for await (const e of ofCategory) deliveredToCategory.push(e.id);
    })();
    try {
      await new Promise((r) => setTimeout(r, 200)); // the reader is listening and idle
      const id = '5d6e7f80-9a1b-4c2d-8e3f-405162738495';
      await writer.appendToStream('notified-1', [{ id, type: 'contract.x.v1', data: {}, metadata: { actor: 'ST-X1Y2', correlationId: 'c' } }], {
        expectedRevision: 'no-stream',
      });
      const deadline = Date.now() + 20_000;
      while ((delivered.length === 0 || deliveredToCategory.length === 0) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(delivered).toEqual([id]);
      expect(deliveredToCategory).toEqual([id]);
    } finally {
      await subscription.close();
      await ofCategory.close();
      await reading;
      await readingCategory;
      await reader.close();
      await writer.close();
      await admin.end();
      await database.drop();
    }
  });
});

describe('plans that do not depend on the table having been analysed', () => {
  it('turns bitmap scans off only where the global log is paged, not for stream reads', async () => {
    const database = await createTestDatabase('vigil_es');
    const store = new PostgresEventStore({ connectionString: database.url });
    try {
      const setting = async (pool: typeof store.pool) => (await pool.query<{ enable_bitmapscan: string }>('SHOW enable_bitmapscan')).rows[0].enable_bitmapscan;
      expect(await setting(store.logPool)).toBe('off');
      expect(await setting(store.pool)).toBe('on'); // a stream that is a tenth of the table read by a full scan otherwise (7.0 ms, not 3.1)
    } finally {
      await store.close();
      await database.drop();
    }
  });

  it('reads a category page in log order by the index on a store filled in bulk and never analysed', async () => {
    const database = await createTestDatabase('vigil_es');
    const admin = new Client({ connectionString: database.url });
    await admin.connect();
    const store = new PostgresEventStore({ connectionString: database.url });
    try {
      await admin.query(CREATE_EVENT_STORE_SQL);
      await admin.query('ALTER TABLE event_store.events SET (autovacuum_enabled = false)'); // as after a restore, before any ANALYZE
      await admin.query(
        `INSERT INTO event_store.events (event_id, stream_id, category, stream_revision, type, data, metadata, recorded_at, hash)
         SELECT gen_random_uuid(), CASE WHEN i % 5 = 0 THEN 'rare-' ELSE 'common-' END || (i / 10), CASE WHEN i % 5 = 0 THEN 'rare' ELSE 'common' END,
                i % 10, 'contract.x.v1', '{}', '{}', now(), '\\x00'
           FROM generate_series(0, 49999) i`,
      );
      const { rows } = await store.logPool.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${readPageSql('one')}`, ['0', '0', 500, 'rare']);
      const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
      expect(plan).toMatch(/Index (Only )?Scan using events_category_order/);
      expect(plan).not.toMatch(/Bitmap|Sort/);
      const page = await store.readAll({ category: 'rare', maxCount: 500 });
      expect(page).toHaveLength(500);
      expect(page.every((e) => e.streamId.startsWith('rare-'))).toBe(true);
      // Several categories: one ordered index scan each, merged; only the page's candidates are sorted, never the log.
      const several = await store.logPool.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${readPageSql('several')}`, ['0', '0', 500, ['rare', 'other']]);
      const merged = several.rows.map((r) => r['QUERY PLAN']).join('\n');
      expect(merged).toMatch(/Index (Only )?Scan using events_category_order/);
      expect(merged).not.toMatch(/Bitmap|Seq Scan on events/);
      expect(await store.readAll({ category: ['rare', 'other'], maxCount: 500 })).toEqual(page);
    } finally {
      await store.close();
      await admin.end();
      await database.drop();
    }
  });
});
