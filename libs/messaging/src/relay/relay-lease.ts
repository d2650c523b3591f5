import { DataSource, QueryRunner } from 'typeorm';

/**
 * One active relay per publication: a session advisory lock on a connection of its own. A killed
 * relay's connection closes and the lock goes with it, so a standby takes over without a timeout.
 * The same holds when the database drops the connection (a restart): the lease is then lost, `held`
 * says so, and the next `tryAcquire` opens a new connection rather than retrying the dead one.
 */
export class RelayLease {
  private runner: QueryRunner | null = null;
  private acquired = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly name: string,
  ) {}

  /** True while the lock is held on a live connection (TypeORM releases a runner whose connection failed). */
  get held(): boolean {
    return this.acquired && this.runner !== null && !this.runner.isReleased;
  }

  async tryAcquire(): Promise<boolean> {
    if (this.held) return true;
    // A standby keeps its connection between attempts; one that failed (or never connected) is replaced, never retried.
    if (!this.runner || this.runner.isReleased) {
      await this.drop();
      this.runner = this.dataSource.createQueryRunner();
    }
    try {
      await this.runner.connect();
      const rows: { locked: boolean }[] = await this.runner.query('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [this.name]);
      this.acquired = rows[0].locked;
      return this.acquired;
    } catch (error) {
      await this.drop();
      throw error;
    }
  }

  async release(): Promise<void> {
    const runner = this.runner;
    if (runner && this.held) await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [this.name]).catch(() => undefined);
    await this.drop();
  }

  private async drop(): Promise<void> {
    const runner = this.runner;
    this.runner = null;
    this.acquired = false;
    await runner?.release().catch(() => undefined);
  }
}
