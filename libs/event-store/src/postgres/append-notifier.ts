import { Backoff } from '@vigil/postgres';
import { Client, ClientConfig } from 'pg';

/**
 * Appends within this many milliseconds share one NOTIFY to other processes (it costs a round trip,
 * and each wake-up costs every subscriber a read); subscribers in the appending process wake at once.
 */
const ANNOUNCE_WINDOW_MS = 10;

/** The NOTIFY channel; its payload names the categories appended to (empty: wake everyone). */
const CHANNEL = 'event_store_appended';

/**
 * Wakes subscriptions when an append commits (LISTEN/NOTIFY). Subscriptions also poll, so a lost
 * connection or a notification for a not-yet-readable event only delays, never loses, delivery.
 * A subscription to one category wakes only for appends to that category (and for wake-ups that name
 * none): with a dozen read models in one process, an append no longer sets every one of them reading.
 */
export class AppendNotifier {
  private client: Client | null = null;
  private connecting: Promise<void> | null = null;
  /** Wake-ups that name no category, and each category's: a subscription's "seen" is the pair. */
  private everyone = 0;
  private readonly byCategory = new Map<string, number>();
  private appends = 0;
  private waiters = new Map<() => void, readonly string[] | undefined>();
  private closed = false;
  private readonly announcing = new Set<string>();
  private readonly backoff = new Backoff({ initialMs: 100, maxMs: 2_000 });
  private retryAt = 0;

  constructor(private readonly config: ClientConfig) {}

  /** A mark that changes on every wake-up the subscription (of `categories`, or of all) would care about; read it before a poll, wait on it after. */
  current(categories?: readonly string[]): string {
    if (categories === undefined) return `${this.everyone}:${this.appends}`;
    return `${this.everyone}:${categories.reduce((sum, category) => sum + (this.byCategory.get(category) ?? 0), 0)}`; // counts only grow: the sum moves when any does
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

  /** Resolves on the next wake-up for one of `categories` (or any, without them) after `seen`, after `timeoutMs`, or at once if one came already. */
  wait(seen: string, timeoutMs: number, categories?: readonly string[]): Promise<void> {
    if (this.current(categories) !== seen || this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.waiters.set(done, categories);
    });
  }

  /**
   * Tells subscribers that an append to `category` committed: this process's at once, other processes through one
   * NOTIFY sent after the commit, outside the appending transaction, at most once per ANNOUNCE_WINDOW_MS, naming
   * every category appended to in the window.
   */
  announce(send: (sql: string, params: unknown[]) => Promise<unknown>, category: string): void {
    this.wake([category]);
    if (this.announcing.size > 0) return void this.announcing.add(category);
    this.announcing.add(category);
    setTimeout(() => {
      const payload = [...this.announcing].join(',');
      this.announcing.clear();
      send('SELECT pg_notify($1, $2)', [CHANNEL, payload.length < 7000 ? payload : '']).catch(() => undefined); // a lost notification only delays delivery until the next poll
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
    client.on('notification', (message) => (message.payload ? this.wake(message.payload.split(',')) : this.wakeAll()));
    client.on('error', lost);
    client.on('end', lost);
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.closed) return void (await client.end());
    this.client = client;
    this.wakeAll(); // notifications sent while no connection listened are lost: have every subscriber look now
  }

  /** Appends to these categories: their subscribers and the ones to every category look again. */
  private wake(categories: readonly string[]): void {
    this.appends++;
    for (const category of categories) this.byCategory.set(category, (this.byCategory.get(category) ?? 0) + 1);
    for (const [wake, wanted] of [...this.waiters]) if (wanted === undefined || wanted.some((category) => categories.includes(category))) wake();
  }

  private wakeAll(): void {
    this.everyone++;
    for (const wake of [...this.waiters.keys()]) wake();
  }
}
