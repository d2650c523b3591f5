import { DataSource, QueryRunner } from 'typeorm';

/**
 * One active relay per publication: a session advisory lock on a connection of its own. A killed
 * relay's connection closes and the lock goes with it, so a standby takes over without a timeout.
 */
export class RelayLease {
  private runner: QueryRunner | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly name: string,
  ) {}

  async tryAcquire(): Promise<boolean> {
    this.runner ??= this.dataSource.createQueryRunner();
    await this.runner.connect();
    const rows: { locked: boolean }[] = await this.runner.query('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [this.name]);
    return rows[0].locked;
  }

  async release(): Promise<void> {
    const runner = this.runner;
    this.runner = null;
    if (!runner) return;
    await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [this.name]).catch(() => undefined);
    await runner.release();
  }
}
