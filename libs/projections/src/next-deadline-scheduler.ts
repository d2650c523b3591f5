import { Clock } from '@vigil/event-store';
import { Backoff, isConnectionError, OutageLog, OutageLogger } from '@vigil/postgres';
import { Client, ClientConfig } from 'pg';
import { DataSource } from 'typeorm';

/** What a deadline workflow does; the scheduler decides when. */
export interface DeadlineWork {
  /** One pass over what is due now; true when it did something, so another pass follows at once. */
  poll(): Promise<boolean>;
  /**
   * The earliest clock time after `asOf` (the clock read just before the pass) at which a pass could find work in the
   * deadline read model, or null when nothing is scheduled. Rows due at or before `asOf` were the pass's to take.
   * After a wake-up `asOf` is the epoch: a row written since the pass may be due already (a step recorded late).
   */
  nextDue(asOf: Date): Promise<Date | null>;
}

export interface NextDeadlineSchedulerOptions {
  /** Named in log lines: "Action-card workflow". */
  readonly name: string;
  readonly clock: Clock;
  /**
   * The longest sleep whatever the read model says (the safety net: a row written without a wake-up, work that is not a
   * deadline, a pass that failed). The workflows' former poll interval.
   */
  readonly maxSleepMs: number;
  /**
   * How often a sleep compares the clock with the next due time, in memory, no query (default 10 ms). A timer alone
   * would miss a clock that jumps (the tests' and the bench's clocks, a stepped system clock).
   */
  readonly clockCheckMs?: number;
  /** A channel the deadline read model's projection NOTIFYs when a deadline may have come nearer; listened to on its own connection. */
  readonly listen?: { readonly channel: string; readonly connection: ClientConfig };
  readonly logger: OutageLogger & { error(message: string): void };
}

/** The `asOf` of a read after a wake-up: every open row counts, however early it was due. */
const SINCE_EVER = new Date(0);

/** A pg connection config for LISTEN from the DataSource's own settings. */
export function listenConnectionOf(dataSource: DataSource): ClientConfig {
  const options = dataSource.options as {
    url?: string;
    host?: string;
    port?: number;
    username?: string;
    password?: ClientConfig['password'];
    database?: string;
    ssl?: ClientConfig['ssl'];
  };
  return {
    connectionString: options.url,
    host: options.host,
    port: options.port,
    user: options.username,
    password: options.password,
    database: options.database,
    ssl: options.ssl,
    connectionTimeoutMillis: 5_000,
  };
}

/**
 * Runs a deadline workflow at the next deadline instead of on a fixed poll: after each pass it reads the earliest open due
 * time from the read model and sleeps until then (at most `maxSleepMs`). `wake()` or a NOTIFY on the read model's channel
 * makes it read that time again (one query; a pass only once it has come). What is recorded, and that it is recorded
 * once, stays with the pass (row locks, deterministic event ids); this only chooses the moment. A lost database is
 * retried every `maxSleepMs`, logged once per outage.
 */
export class NextDeadlineScheduler {
  private stopped = true;
  private running: Promise<void> | null = null;
  private generation = 0;
  private readonly waiters = new Set<() => void>();
  private readonly outage: OutageLog;
  private readonly clockCheckMs: number;
  private listener: Client | null = null;
  private connecting: Promise<void> | null = null;
  private listenRetryAt = 0;
  private readonly listenBackoff: Backoff;
  private waitingFor: Date | null = null;

  constructor(
    private readonly work: DeadlineWork,
    private readonly options: NextDeadlineSchedulerOptions,
  ) {
    this.outage = new OutageLog(`${options.name}: the database`, options.logger);
    this.clockCheckMs = Math.max(1, options.clockCheckMs ?? 10);
    this.listenBackoff = new Backoff({ initialMs: 100, maxMs: Math.max(100, options.maxSleepMs * 4) });
  }

  /** The due time the current sleep waits for (null: none, or not asleep). */
  get next(): Date | null {
    return this.waitingFor;
  }

  start(): void {
    this.stopped = false;
    this.running ??= this.run().finally(() => (this.running = null));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake();
    await this.running;
    await this.connecting;
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
  }

  /** The read model may have changed: read its next due time again. */
  wake(): void {
    this.generation++;
    for (const waiter of [...this.waiters]) waiter();
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      this.listen();
      let seen = this.generation;
      let again = false;
      let next: Date | null = null;
      let failed = false;
      const asOf = this.options.clock.now();
      try {
        again = await this.work.poll();
        if (!again) next = await this.work.nextDue(asOf);
        this.outage.recovered();
      } catch (error) {
        failed = true;
        if (this.stopped) break;
        if (isConnectionError(error)) this.outage.failed(error);
        else this.options.logger.error(`${this.options.name} failed a pass and retries: ${(error as Error).message}`);
      }
      if (again || this.stopped) continue;
      const until = performance.now() + this.options.maxSleepMs;
      // A wake-up only says the read model changed: read its next due time again (one query), and pass only once that has
      // come. Read from the epoch, not from before the pass: a row written since may be due already, and was found only
      // by the safety net (a clock jump right after a pass: 1 in 50 overdue samples took ~400 ms instead of ~10 ms).
      while ((await this.sleep(failed ? null : next, seen, until)) && !failed) {
        seen = this.generation;
        try {
          next = await this.work.nextDue(SINCE_EVER);
        } catch {
          break; // the pass will say what is wrong
        }
      }
    }
  }

  /** Until `next` passes by the clock or `until` (performance.now()) comes: false; true when woken after `seen` first. */
  private async sleep(next: Date | null, seen: number, until: number): Promise<boolean> {
    this.waitingFor = next;
    try {
      while (!this.stopped && this.generation === seen) {
        const left = until - performance.now();
        if (left <= 0) return false;
        if (next === null) {
          await this.pause(left);
          continue;
        }
        const toDue = next.getTime() - this.options.clock.now().getTime();
        if (toDue <= 0) return false;
        await this.pause(Math.min(left, toDue, this.clockCheckMs));
      }
      return !this.stopped;
    } finally {
      this.waitingFor = null;
    }
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, Math.max(1, Math.ceil(ms)));
      this.waiters.add(done);
    });
  }

  /** Keeps a LISTEN connection when a channel is configured; never blocks a pass, and a lost one only means the safety net. */
  private listen(): void {
    const config = this.options.listen;
    if (!config || this.listener || this.connecting || this.stopped || Date.now() < this.listenRetryAt) return;
    const client = new Client(config.connection);
    const lost = () => {
      if (this.listener === client) this.listener = null;
      client.end().catch(() => undefined);
    };
    client.on('notification', () => this.wake());
    client.on('error', lost);
    client.on('end', lost);
    this.connecting = client
      .connect()
      .then(() => client.query(`LISTEN ${client.escapeIdentifier(config.channel)}`))
      .then(async () => {
        if (this.stopped) return void (await client.end().catch(() => undefined));
        this.listener = client;
        this.listenBackoff.reset();
        this.wake(); // notifications sent while nobody listened are lost: look now
      })
      .catch(() => {
        this.listenRetryAt = Date.now() + this.listenBackoff.next();
        client.end().catch(() => undefined);
      })
      .finally(() => (this.connecting = null));
  }
}
