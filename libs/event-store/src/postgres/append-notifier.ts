import { Backoff } from '@vigil/postgres';
import { Client, ClientConfig } from 'pg';

/**
 * Appends within this many milliseconds share one NOTIFY to other processes (it costs a round trip,
 * and each wake-up costs every subscriber a read); subscribers in the appending process wake at once.
 */
const ANNOUNCE_WINDOW_MS = 10;

/**
 * Wakes subscriptions when an append commits (LISTEN/NOTIFY). Subscriptions also poll, so a lost
 * connection or a notification for a not-yet-readable event only delays, never loses, delivery.
 */
export class AppendNotifier {
  private client: Client | null = null;
  private connecting: Promise<void> | null = null;
  private generation = 0;
  private waiters = new Set<() => void>();
  private closed = false;
  private announceScheduled = false;
  private readonly backoff = new Backoff({ initialMs: 100, maxMs: 2_000 });
  private retryAt = 0;

  constructor(private readonly config: ClientConfig) {}

  /** A counter that changes on every notification; read it before a poll, wait on it after. */
  get current(): number {
    return this.generation;
  }

  async ensureListening(): Promise<void> {
    if (this.client || this.closed || Date.now() < this.retryAt) return;
    this.connecting ??= this.listen()
      .then(() => this.backoff.reset())
      .catch((error: unknown) => {
        this.retryAt = Date.now() + this.backoff.next(); // while the database is away, do not try on every poll
        throw error;
      })
      .finally(() => (this.connecting = null));
    return this.connecting;
  }

  /** Resolves on the next notification after `seen`, after `timeoutMs`, or at once if one came already. */
  wait(seen: number, timeoutMs: number): Promise<void> {
    if (this.generation !== seen || this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.waiters.add(done);
    });
  }

  /**
   * Tells every subscriber that appends committed: this process's at once, other processes through a
   * NOTIFY sent after the commit, outside the appending transaction, at most once per ANNOUNCE_WINDOW_MS.
   */
  announce(send: () => Promise<unknown>): void {
    this.wakeAll();
    if (this.announceScheduled) return;
    this.announceScheduled = true;
    setTimeout(() => {
      this.announceScheduled = false;
      send().catch(() => undefined); // a lost notification only delays delivery until the next poll
    }, ANNOUNCE_WINDOW_MS).unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wakeAll();
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const client = new Client(this.config);
    const lost = () => {
      // Polling carries on; the next subscription or wait reconnects.
      if (this.client === client) this.client = null;
      client.end().catch(() => undefined);
    };
    client.on('notification', () => this.wakeAll());
    client.on('error', lost);
    client.on('end', lost);
    try {
      await client.connect();
      await client.query('LISTEN event_store_appended');
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.closed) return void (await client.end());
    this.client = client;
    this.wakeAll(); // notifications sent while no connection listened are lost: have every subscriber look now
  }

  private wakeAll(): void {
    this.generation++;
    for (const wake of [...this.waiters]) wake();
  }
}
