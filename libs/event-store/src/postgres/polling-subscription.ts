import { Position, RecordedEvent, START, SubscribeOptions, Subscription } from '../event-store.port';
import { AppendNotifier } from './append-notifier';

type ReadPage = (after: Position, maxCount: number, category?: string) => Promise<RecordedEvent[]>;
/** True when committed events after `after` wait behind a still-running transaction (the xmin horizon). */
type HeldBack = (after: Position, category?: string) => Promise<boolean>;

/** First retry delay while events are held back; doubles up to the poll interval. */
const HELD_BACK_FIRST_RETRY_MS = 2;

/** Catch-up subscription: pages through the gap-safe global log, then waits for appends. */
export class PollingSubscription implements Subscription {
  private closed = false;
  private wakeClose: (() => void) | null = null;

  constructor(
    private readonly readPage: ReadPage,
    private readonly notifier: AppendNotifier,
    private readonly options: SubscribeOptions,
    private readonly pollIntervalMs: number,
    private readonly heldBack: HeldBack = async () => false,
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
    await this.notifier.ensureListening().catch(() => undefined);
    let retryMs = HELD_BACK_FIRST_RETRY_MS;
    while (!this.closed) {
      const seen = this.notifier.current;
      const page = await this.readPage(after, batchSize, this.options.category);
      if (page.length > 0) {
        if (this.closed) return;
        yield page;
        after = page[page.length - 1].position;
      }
      if (page.length < batchSize && !this.closed) {
        void this.notifier.ensureListening().catch(() => undefined); // reconnect after a lost LISTEN connection
        // An event's notification can arrive while another transaction still holds the horizon; that
        // transaction's commit sends none (a read model's write, say), so look again soon, not at the next poll.
        const held = await this.heldBack(after, this.options.category);
        retryMs = held ? Math.min(retryMs * 2, this.pollIntervalMs) : HELD_BACK_FIRST_RETRY_MS;
        await Promise.race([
          held ? new Promise<void>((resolve) => setTimeout(resolve, retryMs)) : this.notifier.wait(seen, this.pollIntervalMs),
          new Promise<void>((resolve) => (this.wakeClose = resolve)),
        ]);
      }
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wakeClose?.();
  }
}
