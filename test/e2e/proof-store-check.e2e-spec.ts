import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { EventStoreNotifyAfterCommit1763860000003, EventStoreSchema1763860000000, PostgresEventStore } from '@vigil/event-store';
import { Checkpointer, FileCheckpointSink, loadSigner, ProofTree1763860000150, StoreCheck } from '@vigil/proof';
import { readAllOnceReadable } from '@vigil/event-store/contract/contract-events';
import { createTestDatabase } from '../support/test-database';
import { proofScratch } from '../support/vigil-test-app';

/**
 * "Whether the store verifies against the latest checkpoint", as the API answers it: the whole-store check `cli verify`
 * runs, bounded in cost (one at a time, never two within the gap, a result kept until it is stale), each answer saying
 * when it was checked, and a finding counted by kind without naming the record it touches.
 */
describe('the bounded store check behind the auditor page', () => {
  let database: { url: string; drop(): Promise<void> };
  let dataSource: DataSource;
  let store: PostgresEventStore;
  let pool: Pool;
  let checkpointer: Checkpointer;
  let scratch: ReturnType<typeof proofScratch>;
  const streams = [randomUUID(), randomUUID(), randomUUID()].map((id) => `incident-${id}`);

  const append = async (rounds: number) => {
    for (let round = 0; round < rounds; round++)
      for (const streamId of streams)
        await store.appendToStream(
          streamId,
          [{ id: randomUUID(), type: 'test.something-happened.v1', data: { round }, metadata: { actor: 'ST-TEST01', correlationId: randomUUID() } }],
          { expectedRevision: 'any' },
        );
  };

  beforeAll(async () => {
    database = await createTestDatabase('vigil_store_check');
    dataSource = await new DataSource({
      type: 'postgres',
      url: database.url,
      migrations: [EventStoreSchema1763860000000, EventStoreNotifyAfterCommit1763860000003, ProofTree1763860000150],
      migrationsTransactionMode: 'each',
    }).initialize();
    await dataSource.runMigrations();
    store = new PostgresEventStore({ connectionString: database.url });
    pool = new Pool({ connectionString: database.url, max: 2 });
    scratch = proofScratch();
    const signer = loadSigner(scratch.config.VIGIL_CHECKPOINT_KEY_FILE, 'test.vigil/log', false);
    checkpointer = new Checkpointer(dataSource, signer, 'test.vigil/log', new FileCheckpointSink(scratch.config.VIGIL_CHECKPOINT_DIR));
    await append(4);
    await readAllOnceReadable(store, 12); // a transaction in another database can hold the horizon back a moment
    await checkpointer.checkpoint();
  });

  afterAll(async () => {
    await pool?.end();
    await store?.close();
    await dataSource?.destroy();
    await database?.drop();
    if (scratch) rmSync(scratch.dir, { recursive: true, force: true });
  });

  it('answers with the check and when it was made; asked again within the gap, the same check, even after a newer checkpoint', async () => {
    const check = new StoreCheck(dataSource, checkpointer, { maxAgeMs: 60_000, minGapMs: 60_000, waitMs: 10_000 });
    const first = await check.answer();
    expect(first.checking).toBe(false);
    expect(first.result).toMatchObject({ intact: true, checkpointSize: 12, events: 12, streams: 3, checkpointsChecked: 1, problems: [] });
    expect(Date.now() - Date.parse(first.result!.checkedAt)).toBeLessThan(10_000);

    await append(1);
    await readAllOnceReadable(store, 15);
    await checkpointer.checkpoint(); // 15 now: the result is stale, but the gap has not passed
    const again = await check.answer();
    expect(again.result).toBe(first.result);
    expect(again.result!.checkpointSize).toBe(12); // says which checkpoint it held the store to
  });

  it('runs one check for many questions at once', async () => {
    const check = new StoreCheck(dataSource, checkpointer, { maxAgeMs: 0, minGapMs: 60_000, waitMs: 10_000 });
    const answers = await Promise.all(Array.from({ length: 20 }, () => check.answer()));
    expect(new Set(answers.map((a) => a.result)).size).toBe(1);
    expect(answers[0].result).toMatchObject({ intact: true, checkpointSize: 15, events: 15 });
  });

  it('finds a deleted tail, counted by kind, naming no record', async () => {
    const check = new StoreCheck(dataSource, checkpointer, { maxAgeMs: 60_000, minGapMs: 0, waitMs: 10_000 });
    expect((await check.answer()).result!.intact).toBe(true);
    const client = await pool.connect();
    try {
      // As a database superuser would: triggers off, the last event of one stream gone.
      await client.query('BEGIN');
      await client.query('SET LOCAL session_replication_role = replica');
      await client.query(
        'DELETE FROM event_store.events WHERE stream_id = $1 AND stream_revision = (SELECT max(stream_revision) FROM event_store.events WHERE stream_id = $1)',
        [streams[1]],
      );
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    const result = await check.check();
    expect(result.intact).toBe(false);
    expect(result.problems).toEqual(expect.arrayContaining([{ kind: 'stream-truncated', count: 1 }]));
    expect(JSON.stringify(result)).not.toContain(streams[1].slice('incident-'.length));
    expect((await check.answer()).result).toBe(result);
  });
});
