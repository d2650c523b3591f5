import { Backoff, OutageLog, RELAPSE_GRACE_MS, Sleeper } from './backoff';

describe('Backoff', () => {
  it('doubles from the first delay up to the bound, with at most a fifth less as jitter, and starts over after reset', () => {
    const backoff = new Backoff({ initialMs: 100, maxMs: 1_000 });
    const delays = Array.from({ length: 7 }, () => backoff.next());
    [100, 200, 400, 800, 1000, 1000, 1000].forEach((bound, i) => {
      expect(delays[i]).toBeLessThanOrEqual(bound);
      expect(delays[i]).toBeGreaterThanOrEqual(bound * 0.8);
    });
    backoff.reset();
    expect(backoff.next()).toBeLessThanOrEqual(100);
  });
});

describe('OutageLog', () => {
  it('logs an outage once when it begins and once when it ends, however many attempts fail', () => {
    const lines: string[] = [];
    let now = 1_000;
    const log = new OutageLog('The database', { warn: (m) => lines.push(`warn ${m}`), log: (m) => lines.push(`log ${m}`) }, () => now);
    log.recovered(); // nothing was down
    for (let i = 0; i < 50; i++) log.failed(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }));
    expect(log.down).toBe(true);
    now += 2_500;
    log.recovered();
    log.recovered();
    expect(lines).toEqual([
      'warn The database unreachable (connect ECONNREFUSED 127.0.0.1:5432); retrying with back-off until it answers',
      'log The database reachable again after 2.5 s (50 failed attempt(s))',
    ]);
    now += RELAPSE_GRACE_MS;
    log.failed(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }));
    expect(lines[2]).toBe(
      'warn The database unreachable (57P01: terminating connection due to administrator command); retrying with back-off until it answers',
    );
  });

  it('keeps a failure soon after the recovery quiet as the tail of that outage, and reports it once it outlasts the grace', () => {
    const lines: string[] = [];
    let now = 0;
    const log = new OutageLog('The database', { warn: (m) => lines.push(`warn ${m}`), log: (m) => lines.push(`log ${m}`) }, () => now);
    const lost = Object.assign(new Error('Connection terminated unexpectedly'), { code: 'ECONNRESET' });
    log.failed(lost);
    now = 3_000;
    log.recovered();
    now = 3_200; // a straggler that started before the restart, and a server still finishing its start
    log.failed(lost);
    expect(log.down).toBe(true);
    now = 3_400;
    log.recovered();
    expect(lines).toHaveLength(2);
    now = 4_000; // down again, and for longer than the grace this time
    log.failed(lost);
    now = 4_000 + RELAPSE_GRACE_MS - 1;
    log.failed(lost);
    expect(lines).toHaveLength(2);
    now = 4_000 + RELAPSE_GRACE_MS;
    log.failed(lost);
    now += 1_000;
    log.recovered();
    expect(lines.slice(2)).toEqual([
      'warn The database unreachable (ECONNRESET: Connection terminated unexpectedly); retrying with back-off until it answers',
      `log The database reachable again after ${(RELAPSE_GRACE_MS / 1000 + 1).toFixed(1)} s (3 failed attempt(s))`,
    ]);
  });
});

describe('Sleeper', () => {
  it('ends every sleep at once when interrupted, and later ones too until reset', async () => {
    const sleeper = new Sleeper();
    const started = Date.now();
    const sleeping = Promise.all([sleeper.sleep(60_000), sleeper.sleep(60_000)]);
    sleeper.interrupt();
    await sleeping;
    await sleeper.sleep(60_000);
    expect(Date.now() - started).toBeLessThan(1_000);
    sleeper.reset();
    const again = sleeper.sleep(20);
    await again;
  });
});
