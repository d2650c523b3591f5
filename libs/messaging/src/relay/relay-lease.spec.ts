import { DataSource } from 'typeorm';
import { RelayLease } from './relay-lease';

const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

/** Like TypeORM's runner: a failed connect is remembered (connect() rejects again), and a connection error releases it. */
class FakeRunner {
  isReleased = false;
  private connection: Promise<void> | null = null;
  constructor(
    private readonly reachable: () => boolean,
    private readonly granted: () => boolean,
  ) {}
  connect(): Promise<void> {
    this.connection ??= this.reachable() ? Promise.resolve() : Promise.reject(refused());
    return this.connection;
  }
  async query(sql: string): Promise<unknown[]> {
    if (this.isReleased) throw new Error('Query runner already released. Cannot run queries anymore.');
    return sql.includes('pg_try_advisory_lock') ? [{ locked: this.granted() }] : [];
  }
  async release(): Promise<void> {
    this.isReleased = true;
  }
}

function fakeDatabase(state: { reachable: boolean; granted: boolean }) {
  const runners: FakeRunner[] = [];
  const dataSource = {
    createQueryRunner: () => {
      const runner = new FakeRunner(
        () => state.reachable,
        () => state.granted,
      );
      runners.push(runner);
      return runner;
    },
  } as unknown as DataSource;
  return { dataSource, runners };
}

describe('RelayLease when the database goes away', () => {
  it('opens a new connection after one that failed, instead of retrying the dead one for ever', async () => {
    const state = { reachable: false, granted: true };
    const { dataSource, runners } = fakeDatabase(state);
    const lease = new RelayLease(dataSource, 'relay:incidents');
    await expect(lease.tryAcquire()).rejects.toThrow('ECONNREFUSED');
    await expect(lease.tryAcquire()).rejects.toThrow('ECONNREFUSED');
    state.reachable = true;
    await expect(lease.tryAcquire()).resolves.toBe(true);
    expect(runners).toHaveLength(3);
    expect(runners.slice(0, 2).every((r) => r.isReleased)).toBe(true);
  });

  it('knows the lock is gone with its connection, and acquires it again on a new one', async () => {
    const { dataSource, runners } = fakeDatabase({ reachable: true, granted: true });
    const lease = new RelayLease(dataSource, 'relay:incidents');
    expect(await lease.tryAcquire()).toBe(true);
    expect(lease.held).toBe(true);
    runners[0].isReleased = true; // TypeORM releases a runner whose connection emitted an error (the database restarted)
    expect(lease.held).toBe(false);
    expect(await lease.tryAcquire()).toBe(true);
    expect(runners).toHaveLength(2);
    await lease.release();
    expect([lease.held, runners[1].isReleased]).toEqual([false, true]);
  });

  it('a standby keeps its one connection while another relay holds the lock', async () => {
    const state = { reachable: true, granted: false };
    const { dataSource, runners } = fakeDatabase(state);
    const lease = new RelayLease(dataSource, 'relay:incidents');
    expect(await lease.tryAcquire()).toBe(false);
    expect(await lease.tryAcquire()).toBe(false);
    state.granted = true;
    expect(await lease.tryAcquire()).toBe(true);
    expect(runners).toHaveLength(1);
  });
});
