import { Client } from 'pg';
import { DomainError, StaleRevisionError } from '@vigil/event-sourcing';
import { CREATE_EVENT_STORE_SQL, PostgresEventStore } from '@vigil/event-store';
import { createTestDatabase } from '../../../test/support/test-database';
import { CommandMeta, CommandRunner, StreamCommandSpec } from './command-runner';

type Counted = { type: 'test.counted.v1'; data: { at: string } };
class CounterError extends DomainError<'too-many'> {}

const model = { initial: 0, evolve: (n: number) => n + 1 };
const count = (streamId: string, limit = 100): StreamCommandSpec<number, Counted> => ({
  streamId,
  model,
  namespace: 'vigil-test-command',
  decide: (n, now) => {
    if (n >= limit) throw new CounterError('too-many', `already ${n}`, 'n');
    return [{ type: 'test.counted.v1', data: { at: now.toISOString() } }];
  },
});
const meta = (extra: Partial<CommandMeta> = {}): CommandMeta => ({ actor: 'ST-TEST01', correlationId: 'corr-1', ...extra });

describe('the command runner on a real PostgreSQL', () => {
  let drop: () => Promise<void>;
  let store: PostgresEventStore;
  let runner: CommandRunner;
  let tick = 0;

  beforeAll(async () => {
    const database = await createTestDatabase('vigil_kernel');
    drop = database.drop;
    const admin = new Client({ connectionString: database.url });
    await admin.connect();
    await admin.query(CREATE_EVENT_STORE_SQL);
    await admin.end();
    // Every read of the clock moves on a millisecond, so concurrent copies of a command never decide the same data.
    const clock = { now: () => new Date(Date.UTC(2026, 0, 1) + tick++) };
    store = new PostgresEventStore({ connectionString: database.url, clock });
    runner = new CommandRunner(store, clock);
  });

  afterAll(async () => {
    await store.close();
    await drop();
  });

  it('answers 16 concurrent copies of one keyed command as the first did, and records it once', async () => {
    const outcomes = await Promise.all(Array.from({ length: 16 }, () => runner.run(count('counter-a'), meta({ idempotencyKey: 'same-key-0001' }))));
    expect(new Set(outcomes.map((o) => o.revision))).toEqual(new Set([0]));
    expect(outcomes.filter((o) => !o.alreadyRecorded)).toHaveLength(1);
    expect(await store.readStream('counter-a')).toHaveLength(1);
  });

  it('retries a lost race when the caller named no revision, so every unkeyed command lands', async () => {
    // As many racers as the runner has attempts (5): each loses at most to every other once, so each lands. With 6 the
    // last could lose 5 times in a row, which a busy CI machine once did.
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => runner.run(count('counter-b'), meta())));
    expect(outcomes.map((o) => o.revision).sort()).toEqual([0, 1, 2, 3, 4]);
    expect(await store.readStream('counter-b')).toHaveLength(5);
  });

  it('refuses a stale expected revision with the revision and state there now', async () => {
    await runner.run(count('counter-c'), meta());
    await runner.run(count('counter-c'), meta());
    const error = await runner.run(count('counter-c'), meta({ expectedRevision: 0 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StaleRevisionError);
    expect(error).toMatchObject({ expectedRevision: 0, currentRevision: 1, current: 2 });
  });

  it('answers the loser of a race on a named revision with what the winner recorded', async () => {
    await runner.run(count('counter-d'), meta());
    const results = await Promise.allSettled(Array.from({ length: 4 }, () => runner.run(count('counter-d'), meta({ expectedRevision: 0 }))));
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason as StaleRevisionError);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(lost).toHaveLength(3);
    for (const error of lost) expect(error).toMatchObject({ currentRevision: 1, current: 2 });
  });

  it('attaches the stream as it stood to a refusal', async () => {
    await runner.run(count('counter-e', 1), meta());
    const error = (await runner.run(count('counter-e', 1), meta()).catch((e: unknown) => e)) as CounterError;
    expect(error.code).toBe('too-many');
    expect(error.current).toEqual({ revision: 0, state: 1 });
  });

  it('keeps the event ids a workflow chooses, so running it again records nothing new', async () => {
    const ids = { eventIds: (i: number) => `7d3c1f2a-0000-4000-8000-00000000000${i}` };
    const first = await runner.run(count('counter-f'), meta(ids));
    const again = await runner.run(count('counter-f'), meta(ids));
    expect(first).toMatchObject({ revision: 0, alreadyRecorded: false });
    expect(again).toMatchObject({ revision: 0, alreadyRecorded: true });
    expect((await store.readStream('counter-f')).map((e) => e.id)).toEqual(['7d3c1f2a-0000-4000-8000-000000000000']);
  });
});
