import { DeadlineWork, NextDeadlineScheduler } from './next-deadline-scheduler';

/**
 * On jest's fake clock (Date, performance and timers): time moves only when a test advances it, so every bound below is
 * exact and holds however busy the machine is.
 */
const advance = (ms: number) => jest.advanceTimersByTimeAsync(ms);
const CLOCK_CHECK_MS = 10; // the scheduler's default look at the clock while it sleeps

class TestClock {
  offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
}

function logger() {
  return { warn: jest.fn(), log: jest.fn(), error: jest.fn() };
}

/** A workflow whose passes are counted and whose read model holds one due time (or none). */
class TestWork implements DeadlineWork {
  polls: number[] = [];
  due: Date | null = null;
  busyPasses = 0;
  failWith: unknown = null;
  asOfs: Date[] = [];

  async poll(): Promise<boolean> {
    this.polls.push(Date.now());
    if (this.failWith) throw this.failWith;
    if (this.busyPasses > 0) return this.busyPasses-- > 0;
    return false;
  }

  async nextDue(asOf: Date): Promise<Date | null> {
    this.asOfs.push(asOf);
    return this.due && this.due > asOf ? this.due : null;
  }
}

describe('NextDeadlineScheduler', () => {
  let scheduler: NextDeadlineScheduler | null = null;
  beforeEach(() => jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask'] }));
  afterEach(async () => {
    await scheduler?.stop();
    scheduler = null;
    jest.useRealTimers();
  });

  const start = (work: TestWork, clock: TestClock, maxSleepMs: number, log = logger()) => {
    scheduler = new NextDeadlineScheduler(work, { name: 'Test workflow', clock, maxSleepMs, logger: log });
    scheduler.start();
    return scheduler;
  };

  it('sleeps until the next deadline, not a poll interval, and no longer', async () => {
    const clock = new TestClock();
    const work = new TestWork();
    work.due = new Date(Date.now() + 150);
    start(work, clock, 10_000);
    await advance(149);
    expect(work.polls).toHaveLength(1);
    await advance(1 + CLOCK_CHECK_MS);
    expect(work.polls).toHaveLength(2);
    expect(work.polls[1] - work.due.getTime()).toBeGreaterThanOrEqual(0);
    expect(work.polls[1] - work.due.getTime()).toBeLessThanOrEqual(CLOCK_CHECK_MS);
  });

  it('notices a clock that jumps past the deadline within a few milliseconds (the tests move their clocks)', async () => {
    const clock = new TestClock();
    const work = new TestWork();
    work.due = new Date(Date.now() + 3_600_000);
    start(work, clock, 10_000);
    await advance(50);
    expect(work.polls).toHaveLength(1);
    clock.offsetMs = 2 * 3_600_000;
    const jumped = Date.now();
    await advance(CLOCK_CHECK_MS);
    expect(work.polls).toHaveLength(2);
    expect(work.polls[1] - jumped).toBeLessThanOrEqual(CLOCK_CHECK_MS);
  });

  it('passes the clock read before the pass as asOf, so a row due during the pass is not skipped', async () => {
    const clock = new TestClock();
    const work = new TestWork();
    const before = Date.now();
    start(work, clock, 10_000);
    await advance(20);
    expect(work.asOfs[0].getTime()).toBeGreaterThanOrEqual(before);
    expect(work.asOfs[0].getTime()).toBeLessThanOrEqual(work.polls[0]);
  });

  it('polls at least every maxSleepMs when nothing is due (the safety net)', async () => {
    const work = new TestWork();
    start(work, new TestClock(), 40);
    await advance(190);
    expect(work.polls.map((at) => at - work.polls[0])).toEqual([0, 40, 80, 120, 160]);
  });

  it('passes again at once while a pass finds work', async () => {
    const work = new TestWork();
    work.busyPasses = 3;
    start(work, new TestClock(), 10_000);
    await advance(0);
    expect(work.polls).toHaveLength(4);
    expect(new Set(work.polls).size).toBe(1); // no time passed between them
    await advance(1_000);
    expect(work.polls).toHaveLength(4);
  });

  it('when told the read model changed, reads the next due time again and passes when it comes', async () => {
    const work = new TestWork();
    const s = start(work, new TestClock(), 10_000);
    await advance(0);
    expect(work.asOfs).toHaveLength(1);
    expect(work.polls).toHaveLength(1);
    work.due = new Date(Date.now() + 40); // a row written after the pass, due before the safety net
    s.wake();
    await advance(0);
    expect(work.asOfs).toHaveLength(2);
    expect(work.polls).toHaveLength(1); // a wake-up costs one query, not a pass
    await advance(39);
    expect(work.polls).toHaveLength(1);
    await advance(1 + CLOCK_CHECK_MS);
    expect(work.polls).toHaveLength(2);
    expect(work.polls[1]).toBeGreaterThanOrEqual(work.due.getTime());
  });

  it('when told of a row that was due already when it was written, passes at once, not at the safety net', async () => {
    const work = new TestWork();
    const s = start(work, new TestClock(), 10_000);
    await advance(0);
    expect(work.asOfs).toHaveLength(1);
    work.due = new Date(Date.now() - 30_000); // recorded late: due half a minute before the pass that just ran
    const woken = Date.now();
    s.wake();
    await advance(0);
    expect(work.polls).toHaveLength(2);
    expect(work.polls[1]).toBe(woken);
    expect(work.asOfs[1].getTime()).toBe(0); // every open row counts after a wake-up
  });

  it('keeps retrying quietly while the database is away: one line when it goes, one when it is back', async () => {
    const work = new TestWork();
    work.failWith = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const log = logger();
    start(work, new TestClock(), 20, log);
    await advance(60);
    expect(work.polls.length).toBeGreaterThanOrEqual(3);
    expect(log.warn).toHaveBeenCalledTimes(1);
    expect(log.error).not.toHaveBeenCalled();
    work.failWith = null;
    await advance(20);
    expect(log.log).toHaveBeenCalledTimes(1);
    expect(log.log.mock.calls[0][0]).toMatch(/reachable again/);
  });

  it('logs any other failure of a pass and tries again', async () => {
    const work = new TestWork();
    work.failWith = new Error('relation "x" does not exist');
    const log = logger();
    start(work, new TestClock(), 20, log);
    await advance(20);
    expect(work.polls.length).toBeGreaterThanOrEqual(2);
    expect(log.error.mock.calls[0][0]).toMatch(/Test workflow failed a pass and retries: relation "x" does not exist/);
  });

  it('stops at once, even in a long sleep', async () => {
    const work = new TestWork();
    const s = start(work, new TestClock(), 60_000);
    await advance(20);
    const t0 = Date.now();
    await s.stop(); // no timer fires on this clock unless the test advances it: stop needs none
    expect(Date.now()).toBe(t0);
    const polls = work.polls.length;
    await advance(120_000);
    expect(work.polls).toHaveLength(polls);
  });
});
