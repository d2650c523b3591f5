import { Backoff, OutageLog, Sleeper } from './backoff';

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
    log.failed(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }));
    expect(lines[2]).toBe(
      'warn The database unreachable (57P01: terminating connection due to administrator command); retrying with back-off until it answers',
    );
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
