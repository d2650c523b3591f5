import { Backoff, isConnectionError, OutageReporter, SILENT_OUTAGES, Sleeper } from '@vigil/postgres';
import { categoryList, Position, RecordedEvent, START, SubscribeOptions, Subscription } from '../event-store.port';
import { AppendNotifier } from './append-notifier';

type ReadPage = (after: Position, maxCount: number, categories?: readonly string[]) => Promise<RecordedEvent[]>;
/**
 * True when committed events after `after` are unread: held back by a still-running transaction (the xmin horizon),
 * or readable since the page was read.
 */
type UnreadAfter = (after: Position, categories?: readonly string[]) => Promise<boolean>;

/** First retry delay while events are unread; doubles up to the poll interval. */
const UNREAD_FIRST_RETRY_MS = 2;

/** How a subscription waits for the database to come back: bounded exponential back-off. */
export interface ReconnectOptions {
  readonly initialMs?: number;
  readonly maxMs?: number;
  /** Told of each failed read and of the first one that succeeds again (one log line each per outage). */
  readonly outage?: OutageReporter;
}

/**
 * Catch-up subscription: pages through the gap-safe global log, then waits for appends. While the
 * database is unreachable it keeps its position and reads again with back-off, so a restart of the
 * database neither ends the subscription nor skips or repeats an event; other errors end it.
 */
export class PollingSubscription implements Subscription {
  private closed = false;
  private wakeClose: (() => void) | null = null;
  private readonly sleeper = new Sleeper();

  constructor(
    private readonly readPage: ReadPage,
    private readonly notifier: AppendNotifier,
    private readonly options: SubscribeOptions,
    private readonly pollIntervalMs: number,
    private readonly unreadAfter: UnreadAfter = async () => false,
    private readonly reconnect: ReconnectOptions = {},
  ) {}

  async *[Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    for await (const page of this.batches()) {
      for (const event of page) {
        if (this.closed) return;
        yield event;
      }
    }
  }

  async *batches(): AsyncIterable<RecordedEvent[]> {
    let after = this.options.after ?? START;
    const batchSize = this.options.batchSize ?? 500;
    const outage = this.reconnect.outage ?? SILENT_OUTAGES;
    const backoff = new Backoff({ initialMs: this.reconnect.initialMs ?? 50, maxMs: this.reconnect.maxMs ?? 2_000 });
    await this.notifier.ensureListening().catch(() => undefined);
    let retryMs = UNREAD_FIRST_RETRY_MS;
    const categories = categoryList(this.options.category);
    while (!this.closed) {
      const seen = this.notifier.current(categories);
      let page: RecordedEvent[];
      try {
        page = await this.readPage(after, batchSize, categories);
      } catch (error) {
        if (!isConnectionError(error)) throw error;
        outage.failed(error);
        await this.sleeper.sleep(backoff.next());
        continue;
      }
      backoff.reset();
      outage.recovered();
      if (page.length > 0) {
        if (this.closed) return;
        yield page;
        after = page[page.length - 1].position;
      }
      if (page.length < batchSize && !this.closed) {
        void this.notifier.ensureListening().catch(() => undefined); // reconnect after a lost LISTEN connection
        // An event's notification can arrive while another transaction still holds the horizon; that
        // transaction's commit sends none (a read model's write, say), so look again soon, not at the next poll:
        // the notification was counted before `seen` or will be, and only a newer one would wake the wait.
        // A lost connection here shows again on the next read, which backs off.
        const unread = await this.unreadAfter(after, categories).catch((error: unknown) => {
          if (isConnectionError(error)) return false;
          throw error;
        });
        retryMs = unread ? Math.min(retryMs * 2, this.pollIntervalMs) : UNREAD_FIRST_RETRY_MS;
        await this.untilClosed(this.notifier.wait(seen, unread ? retryMs : this.pollIntervalMs, categories));
      }
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    this.sleeper.interrupt();
    this.wakeClose?.();
  }

  /** Waits for `until`, or less if the subscription is closed meanwhile. */
  private untilClosed(until: Promise<void>): Promise<void> {
    if (this.closed) return Promise.resolve();
    return Promise.race([until, new Promise<void>((resolve) => (this.wakeClose = resolve))]);
  }
}
