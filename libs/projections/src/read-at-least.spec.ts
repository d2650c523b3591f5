import { ProjectionProgress } from './projection-progress';
import { ProjectionReads } from './read-at-least';

const NAME = 'test.current';
type Row = { revision: number };

/** Resolves once `condition` holds, checked on each turn of the event loop. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}

/** A loader answering the rows given in turn (the last one from then on), counting its calls. */
function loader(...rows: (Row | null)[]) {
  const calls = { count: 0 };
  const load = async () => rows[Math.min(calls.count++, rows.length - 1)];
  return { load, calls };
}

describe('ProjectionProgress', () => {
  it('wakes only the waiters of the committed projection, and forgets cancelled ones', async () => {
    const progress = new ProjectionProgress();
    const mine = progress.nextCommit(NAME);
    const other = progress.nextCommit('other');
    const cancelled = progress.nextCommit(NAME);
    cancelled.cancel();
    expect(progress.waiters(NAME)).toBe(1);
    progress.committed(NAME);
    await mine.committed;
    expect(progress.waiters(NAME)).toBe(0);
    expect(progress.waiters('other')).toBe(1);
    other.cancel();
    expect(progress.waiters('other')).toBe(0);
    progress.committed('nobody waits'); // a no-op
  });

  it('knows which projections run in this process until their runners leave', () => {
    const progress = new ProjectionProgress();
    const first = progress.runsHere(NAME);
    const second = progress.runsHere(NAME);
    first();
    first(); // leaving twice counts once
    expect(progress.isRunningHere(NAME)).toBe(true);
    second();
    expect(progress.isRunningHere(NAME)).toBe(false);
  });
});

describe('readAtLeast', () => {
  const revisionOf = (row: Row) => row.revision;

  it('answers the first load when it is new enough, leaving no waiter', async () => {
    const progress = new ProjectionProgress();
    const { load, calls } = loader({ revision: 3 });
    await expect(new ProjectionReads(progress).readAtLeast(NAME, 2, load, revisionOf)).resolves.toEqual({ revision: 3 });
    expect(calls.count).toBe(1);
    expect(progress.waiters(NAME)).toBe(0);
  });

  it('loads again when the projection commits in this process, not on a timer', async () => {
    const progress = new ProjectionProgress();
    progress.runsHere(NAME);
    const reads = new ProjectionReads(progress, { timeoutMs: 60_000, localRecheckMs: 60_000 });
    const { load, calls } = loader(null, { revision: 0 }, { revision: 1 });
    const read = reads.readAtLeast(NAME, 1, load, revisionOf);
    await until(() => progress.waiters(NAME) === 1 && calls.count === 1);
    progress.committed(NAME);
    await until(() => progress.waiters(NAME) === 1 && calls.count === 2);
    progress.committed(NAME);
    await expect(read).resolves.toEqual({ revision: 1 });
    expect(calls.count).toBe(3);
    expect(progress.waiters(NAME)).toBe(0);
  });

  it('does not miss a commit that lands while it loads', async () => {
    const progress = new ProjectionProgress();
    progress.runsHere(NAME);
    const reads = new ProjectionReads(progress, { timeoutMs: 60_000, localRecheckMs: 60_000 });
    let calls = 0;
    const load = async () => {
      if (calls++ > 0) return { revision: 0 };
      progress.committed(NAME); // the page commits after the read's snapshot
      return null;
    };
    await expect(reads.readAtLeast(NAME, 0, load, revisionOf)).resolves.toEqual({ revision: 0 });
    expect(calls).toBe(2);
  });

  it('re-checks on its own when no runner of the projection is in this process', async () => {
    const progress = new ProjectionProgress();
    const reads = new ProjectionReads(progress, { timeoutMs: 60_000, recheckMs: 1 });
    const { load, calls } = loader(null, null, { revision: 4 });
    await expect(reads.readAtLeast(NAME, 4, load, revisionOf)).resolves.toEqual({ revision: 4 });
    expect(calls.count).toBe(3);
  });

  it('answers what it last loaded once the wait runs out: nothing, or the older revision', async () => {
    const progress = new ProjectionProgress();
    const reads = new ProjectionReads(progress, { recheckMs: 1 });
    await expect(reads.readAtLeast(NAME, 0, loader(null).load, revisionOf, 20)).resolves.toBeNull();
    const older = loader({ revision: 1 });
    await expect(reads.readAtLeast(NAME, 5, older.load, revisionOf, 20)).resolves.toEqual({ revision: 1 });
    expect(older.calls.count).toBeGreaterThan(1);
    expect(progress.waiters(NAME)).toBe(0);
  });
});
