import { Client, ClientConfig } from 'pg';

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

  constructor(private readonly config: ClientConfig) {}

  /** A counter that changes on every notification; read it before a poll, wait on it after. */
  get current(): number {
    return this.generation;
  }

  async ensureListening(): Promise<void> {
    if (this.client || this.closed) return;
    this.connecting ??= this.listen().finally(() => (this.connecting = null));
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

  async close(): Promise<void> {
    this.closed = true;
    this.wakeAll();
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const client = new Client(this.config);
    client.on('notification', () => this.wakeAll());
    client.on('error', () => {
      // Polling carries on; the next subscription or wait reconnects.
      this.client = null;
      client.end().catch(() => undefined);
    });
    await client.connect();
    await client.query('LISTEN event_store_appended');
    if (this.closed) await client.end();
    else this.client = client;
  }

  private wakeAll(): void {
    this.generation++;
    for (const wake of [...this.waiters]) wake();
  }
}
