import { Position, RecordedEvent, START, SubscribeOptions, Subscription } from '../event-store.port';
import { AppendNotifier } from './append-notifier';

type ReadPage = (after: Position, maxCount: number, category?: string) => Promise<RecordedEvent[]>;

/** Catch-up subscription: pages through the gap-safe global log, then waits for appends. */
export class PollingSubscription implements Subscription {
  private closed = false;
  private wakeClose: (() => void) | null = null;

  constructor(
    private readonly readPage: ReadPage,
    private readonly notifier: AppendNotifier,
    private readonly options: SubscribeOptions,
    private readonly pollIntervalMs: number,
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
        await Promise.race([
          this.notifier.wait(seen, this.pollIntervalMs),
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
