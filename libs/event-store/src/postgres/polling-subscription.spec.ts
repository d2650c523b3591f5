import { Position, RecordedEvent, START } from '../event-store.port';
import { AppendNotifier } from './append-notifier';
import { PollingSubscription } from './polling-subscription';

const at = (n: number): Position => ({ commit: BigInt(n), prepare: BigInt(n) });
const event = (n: number) => ({ id: `e${n}`, position: at(n) }) as unknown as RecordedEvent;
const terminated = () => Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

/** A notifier that never connects anywhere: the subscription only polls. */
const quietNotifier = () =>
  ({
    current: () => '0:0',
    ensureListening: async () => undefined,
    wait: (_: string, ms: number) => new Promise<void>((r) => setTimeout(r, ms)),
  }) as unknown as AppendNotifier;

/** A log of `count` events read in pages; `failures` says how each call to read fails before it answers. */
function log(count: number, failures: (() => Error)[]) {
  const reads: Position[] = [];
  const readPage = async (after: Position, max: number) => {
    reads.push(after);
    const failure = failures.shift();
    if (failure) throw failure();
    return Array.from({ length: count }, (_, i) => event(i + 1))
      .filter((e) => e.position.commit > after.commit)
      .slice(0, max);
  };
  return { readPage, reads };
}

async function collect(subscription: PollingSubscription, count: number): Promise<string[]> {
  const ids: string[] = [];
  for await (const page of subscription.batches()) {
    ids.push(...page.map((e) => e.id));
    if (ids.length >= count) break;
  }
  await subscription.close();
  return ids;
}

describe('PollingSubscription when the database goes away', () => {
  it('keeps its position, backs off and delivers every event once, in order, when the database answers again', async () => {
    const outage = { failed: jest.fn(), recovered: jest.fn() };
    const { readPage, reads } = log(7, [terminated, refused, refused, refused]);
    const subscription = new PollingSubscription(readPage, quietNotifier(), { after: START, batchSize: 3 }, 10, undefined, { initialMs: 5, maxMs: 20, outage });
    expect(await collect(subscription, 7)).toEqual(['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7']);
    expect(reads.slice(0, 5)).toEqual([START, START, START, START, START]); // the failed reads were read again from the same place
    expect(outage.failed).toHaveBeenCalledTimes(4);
    expect(outage.recovered).toHaveBeenCalled();
  });

  it('fails mid-feed, then resumes after the last page it delivered', async () => {
    const failures: (() => Error)[] = [];
    const { readPage, reads } = log(6, failures);
    const subscription = new PollingSubscription(readPage, quietNotifier(), { batchSize: 2 }, 10, undefined, { initialMs: 5, maxMs: 20 });
    const ids: string[] = [];
    for await (const page of subscription.batches()) {
      ids.push(...page.map((e) => e.id));
      if (ids.length === 2) failures.push(terminated, refused); // the database stops after the first page
      if (ids.length >= 6) break;
    }
    await subscription.close();
    expect(ids).toEqual(['e1', 'e2', 'e3', 'e4', 'e5', 'e6']);
    expect(reads.slice(1, 4)).toEqual([at(2), at(2), at(2)]);
  });

  it('still ends on an error that is not about the connection', async () => {
    const { readPage } = log(3, [() => Object.assign(new Error('relation "event_store.events" does not exist'), { code: '42P01' })]);
    const subscription = new PollingSubscription(readPage, quietNotifier(), {}, 10, undefined, { initialMs: 5 });
    await expect(collect(subscription, 3)).rejects.toThrow('does not exist');
  });

  it('a lost connection while checking for held-back events is only a later read', async () => {
    const readPage = async (after: Position) => (after.commit < 2n ? [event(Number(after.commit) + 1)] : []); // one new event per read
    let checks = 0;
    const heldBack = async () => {
      if (checks++ < 2) throw terminated();
      return false;
    };
    const subscription = new PollingSubscription(readPage, quietNotifier(), { batchSize: 10 }, 10, heldBack, { initialMs: 5 });
    expect(await collect(subscription, 2)).toEqual(['e1', 'e2']);
    expect(checks).toBeGreaterThan(0);
  });

  it('closes at once while it backs off', async () => {
    const { readPage } = log(
      1,
      Array.from({ length: 100 }, () => refused),
    );
    const subscription = new PollingSubscription(readPage, quietNotifier(), {}, 10, undefined, { initialMs: 60_000, maxMs: 60_000 });
    const started = Date.now();
    const feed = collect(subscription, 1);
    await new Promise((r) => setTimeout(r, 50));
    await subscription.close();
    expect(await feed).toEqual([]);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
