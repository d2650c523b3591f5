import { CREATE_EVENT_STORE_SQL, EventStore, PostgresEventStore, RecordedEvent, SubscribeOptions, Subscription } from '@vigil/event-store';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { createTestDatabase } from '../../../test/support/test-database';
import { readCheckpoint } from './checkpoint-store';
import { Projection } from './projection';
import { rebuildProjection } from './projection-rebuild';
import { ProjectionProgress } from './projection-progress';
import { ProjectionRunner } from './projection-runner';
import { ProjectionReads } from './read-at-least';

/** Counts events per stream and sums their `n`: any doubled or lost effect changes the totals. */
class CountingProjection implements Projection {
  readonly name: string = 'test.counts';
  readonly tables = ['test_counts'];
  failEvery = 0;
  private calls = 0;

  async handle(event: RecordedEvent, manager: EntityManager): Promise<void> {
    if (this.failEvery && ++this.calls % this.failEvery === 0) throw new Error('simulated crash mid-batch');
    await manager.query(
      `INSERT INTO test_counts (stream_id, events, total) VALUES ($1, 1, $2)
       ON CONFLICT (stream_id) DO UPDATE SET events = test_counts.events + 1, total = test_counts.total + $2`,
      [event.streamId, (event.data as { n: number }).n],
    );
  }
}

/** The same read model written a page at a time (handleBatch); a crash fails the whole page's statement. */
class PageCountingProjection extends CountingProjection {
  override readonly name = 'test.counts-by-page';

  async handleBatch(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    if (this.failEvery && events.some(() => ++this.pageCalls % this.failEvery === 0)) throw new Error('simulated crash mid-page');
    const streams = new Map<string, { events: number; total: number }>();
    for (const e of events) {
      const seen = streams.get(e.streamId) ?? { events: 0, total: 0 };
      streams.set(e.streamId, { events: seen.events + 1, total: seen.total + (e.data as { n: number }).n });
    }
    await manager.query(
      `INSERT INTO test_counts (stream_id, events, total) SELECT * FROM unnest($1::text[], $2::int[], $3::bigint[])
       ON CONFLICT (stream_id) DO UPDATE SET events = test_counts.events + excluded.events, total = test_counts.total + excluded.total`,
      [[...streams.keys()], [...streams.values()].map((v) => v.events), [...streams.values()].map((v) => v.total)],
    );
  }

  private pageCalls = 0;
}

/** Each guarantee holds for a read model fed one event at a time and for one fed a page at a time. */
const FEEDS: [string, () => CountingProjection][] = [
  ['one event at a time', () => new CountingProjection()],
  ['a page at a time', () => new PageCountingProjection()],
];

const event = (n: number) => ({ id: randomUUID(), type: 'test.counted.v1', data: { n }, metadata: { actor: 'ST-TEST01', correlationId: 'c' } });

describe('projection runner', () => {
  let database: { url: string; drop(): Promise<void> };
  let store: PostgresEventStore;
  let dataSource: DataSource;

  beforeEach(async () => {
    database = await createTestDatabase('vigil_proj');
    dataSource = await new DataSource({ type: 'postgres', url: database.url }).initialize();
    await dataSource.query(CREATE_EVENT_STORE_SQL);
    await dataSource.query(
      'CREATE TABLE projection_checkpoints (name text PRIMARY KEY, commit_position bigint NOT NULL, prepare_position bigint NOT NULL, updated_at timestamptz NOT NULL)',
    );
    await dataSource.query('CREATE TABLE test_counts (stream_id text PRIMARY KEY, events int NOT NULL, total bigint NOT NULL)');
    store = new PostgresEventStore({ connectionString: database.url, pollIntervalMs: 20 });
  });

  afterEach(async () => {
    await store.close();
    await dataSource.destroy();
    await database.drop();
  });

  async function appendMany(streams: number, perStream: number): Promise<number> {
    let total = 0;
    for (let s = 0; s < streams; s++) {
      const events = Array.from({ length: perStream }, (_, i) => event(s * 100 + i));
      total += events.reduce((sum, e) => sum + e.data.n, 0);
      await store.appendToStream(`count-${s}`, events, { expectedRevision: 'any' });
    }
    return total;
  }

  async function totals(schema = 'public'): Promise<{ events: number; total: number }> {
    const [row] = await dataSource.query(`SELECT coalesce(sum(events), 0)::int AS events, coalesce(sum(total), 0)::int AS total FROM ${schema}.test_counts`);
    return row;
  }

  async function waitFor(predicate: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await predicate())) {
      if (Date.now() > deadline) throw new Error('condition not reached in time');
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  it.each(FEEDS)('applies every event exactly once although handlers crash mid-batch, with competing runners (%s)', async (_, feed) => {
    const projection = feed();
    projection.failEvery = 37; // a crash rolls back the whole page, checkpoint included
    const expected = await appendMany(30, 20);
    const errors: unknown[] = [];
    const runners = [1, 2].map(
      () => new ProjectionRunner(store, dataSource, projection, { batchSize: 25, retryDelayMs: 5, onError: (_, e) => errors.push(e) }),
    );
    runners.forEach((r) => r.start());
    const more = await appendMany(5, 10); // live events while catching up (streams count-0..4 again)
    await waitFor(async () => (await totals()).events === 650);
    await new Promise((r) => setTimeout(r, 200));
    await Promise.all(runners.map((r) => r.stop()));
    expect(await totals()).toEqual({ events: 650, total: expected + more });
    expect(errors.length).toBeGreaterThan(0);
    const all = await store.readAll({ maxCount: 1000 });
    expect(await readCheckpoint(dataSource.manager, projection.name)).toEqual(all[all.length - 1].position);
  });

  it.each(FEEDS)('rebuilds from zero into shadow tables while readers still see the live read model (%s)', async (_, feed) => {
    const projection = feed();
    const expected = await appendMany(50, 40);
    const runner = new ProjectionRunner(store, dataSource, projection, { batchSize: 100 });
    runner.start();
    await waitFor(async () => (await totals()).events === 2000);
    await dataSource.query('UPDATE test_counts SET total = total + 1'); // a drifted read model the rebuild must correct
    const readsDuringRebuild: number[] = [];
    const result = await rebuildProjection(
      store,
      dataSource,
      projection,
      async () => {
        readsDuringRebuild.push((await totals()).events);
      },
      200,
    );
    expect(result.processed).toBe(2000);
    expect(readsDuringRebuild.every((n) => n === 2000)).toBe(true); // readers kept the old rows until the swap
    expect(await totals()).toEqual({ events: 2000, total: expected });
    await appendMany(1, 5); // the live runner carries on from the rebuilt checkpoint
    await waitFor(async () => (await totals()).events === 2005);
    await runner.stop();
    const schemas = await dataSource.query(`SELECT nspname FROM pg_namespace WHERE nspname LIKE 'rebuild_%'`);
    expect(schemas).toEqual([]);
  });

  it("commits a page without waiting for its WAL flush, and only that page's transaction: the connection stays durable", async () => {
    const seen: string[] = [];
    const projection = new (class extends CountingProjection {
      override async handle(event: RecordedEvent, manager: EntityManager): Promise<void> {
        seen.push((await manager.query('SHOW synchronous_commit'))[0].synchronous_commit);
        await super.handle(event, manager);
      }
    })();
    await appendMany(1, 1);
    const runner = new ProjectionRunner(store, dataSource, projection, { batchSize: 10 });
    runner.start();
    await waitFor(async () => (await totals()).events === 1);
    await runner.stop();
    expect(seen).toEqual(['off']);
    const [{ synchronous_commit: after }] = await dataSource.query('SHOW synchronous_commit');
    expect(after).toBe('on'); // SET LOCAL: the pool's next user (an access-log write, say) commits durably
  });

  it('signals each committed page, so a reader waiting for its own write reads it without polling', async () => {
    const projection = new CountingProjection();
    const progress = new ProjectionProgress();
    const runner = new ProjectionRunner(store, dataSource, projection, { batchSize: 10, progress });
    runner.start();
    expect(progress.isRunningHere(projection.name)).toBe(true);
    // No re-check timer within the test: only the runner's commit signal can wake the read.
    const reads = new ProjectionReads(progress, { timeoutMs: 30_000, localRecheckMs: 30_000 });
    const events = async (): Promise<{ events: number } | null> =>
      (await dataSource.query(`SELECT events FROM test_counts WHERE stream_id = 'count-0'`))[0] ?? null;
    const read = reads.readAtLeast(projection.name, 3, events, (row) => row.events);
    await waitFor(async () => progress.waiters(projection.name) === 1);
    await appendMany(1, 3);
    await expect(read).resolves.toEqual({ events: 3 });
    await runner.stop();
    expect(progress.isRunningHere(projection.name)).toBe(false);
  });

  it('outlives a lost database: a feed and transactions that fail resume from the checkpoint, each event applied once', async () => {
    const projection = new CountingProjection();
    const expected = await appendMany(10, 10);
    const terminated = () => Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    // The feed breaks after its first page, twice (as a subscription whose database went away for good would).
    let feedFailures = 2;
    const flakyStore: EventStore = Object.assign(Object.create(store) as PostgresEventStore, {
      subscribeToAll(options: SubscribeOptions): Subscription {
        const inner = store.subscribeToAll(options);
        const fail = feedFailures-- > 0;
        return {
          [Symbol.asyncIterator]: () => inner[Symbol.asyncIterator](),
          close: () => inner.close(),
          async *batches() {
            for await (const page of inner.batches()) {
              yield page;
              if (fail) throw terminated();
            }
          },
        };
      },
    });
    // And the read model's transactions fail three times.
    let transactionFailures = 3;
    const flakyDataSource = new Proxy(dataSource, {
      get: (target, property) =>
        property === 'transaction'
          ? (work: (manager: EntityManager) => Promise<unknown>) => (transactionFailures-- > 0 ? Promise.reject(terminated()) : target.transaction(work))
          : Reflect.get(target, property),
    });
    const outage = { failed: jest.fn(), recovered: jest.fn() };
    const onError = jest.fn();
    const runner = new ProjectionRunner(flakyStore, flakyDataSource, projection, { batchSize: 7, retryDelayMs: 5, maxRetryDelayMs: 50, outage, onError });
    runner.start();
    await waitFor(async () => (await totals()).events === 100);
    await runner.stop();
    expect(await totals()).toEqual({ events: 100, total: expected });
    expect(outage.failed).toHaveBeenCalledTimes(5);
    expect(outage.recovered).toHaveBeenCalled();
    expect(onError).not.toHaveBeenCalled(); // a lost database is an outage, not a projection halted on an event
  });
});
