import { comparePositions, EventStore, Position, readAhead, RecordedEvent, Subscription } from '@vigil/event-store';
import { Backoff, isConnectionError, OutageReporter, SILENT_OUTAGES, Sleeper } from '@vigil/postgres';
import { DataSource } from 'typeorm';
import { ensureCheckpoint, lockCheckpoint, readCheckpoint, saveCheckpoint } from './checkpoint-store';
import { applyEvents, Projection } from './projection';
import { ProjectionProgress } from './projection-progress';

export interface ProjectionRunnerOptions {
  readonly batchSize?: number;
  /** Called when a batch fails for another reason than a lost database; the runner retries the same batch after `retryDelayMs`. */
  readonly onError?: (projection: string, error: unknown) => void;
  readonly retryDelayMs?: number;
  /** Told when the database is unreachable and when it answers again (share one among runners: one log line per outage). */
  readonly outage?: OutageReporter;
  /** Longest pause between attempts while the database is away or the feed keeps failing (default 2 s). */
  readonly maxRetryDelayMs?: number;
  /** Told after each committed page, so readers waiting for their own writes in this process read again at once. */
  readonly progress?: ProjectionProgress;
}

/** The checkpoint moved under us (another worker, or a rebuild): start again from the stored one. */
class Repositioned extends Error {}

/**
 * Feeds one projection from a checkpointed subscription; each page is one transaction. Nothing ends it
 * but stop(): when the database goes away it backs off and resumes from its checkpoint once it is back.
 */
export class ProjectionRunner {
  private subscription: Subscription | null = null;
  private stopped = false;
  private running: Promise<void> | null = null;
  private readonly sleeper = new Sleeper();
  private readonly outage: OutageReporter;
  private leaveProgress: (() => void) | null = null;

  constructor(
    private readonly store: EventStore,
    private readonly dataSource: DataSource,
    readonly projection: Projection,
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    this.outage = options.outage ?? SILENT_OUTAGES;
  }

  start(): void {
    this.stopped = false;
    this.sleeper.reset();
    this.leaveProgress ??= this.options.progress?.runsHere(this.projection.name) ?? null;
    this.running ??= this.run().finally(() => (this.running = null));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.leaveProgress?.();
    this.leaveProgress = null;
    this.sleeper.interrupt();
    await this.subscription?.close();
    await this.running;
  }

  /** Applies one page within one transaction; exported for rebuilds and tests. */
  async applyBatch(expected: Position, events: RecordedEvent[]): Promise<Position> {
    const applied = await this.dataSource.transaction(async (manager) => {
      const stored = await lockCheckpoint(manager, this.projection.name, { lazyCommit: true });
      if (comparePositions(stored, expected) !== 0) throw new Repositioned();
      await applyEvents(this.projection, events, manager);
      const last = events[events.length - 1].position;
      await saveCheckpoint(manager, this.projection.name, last);
      return last;
    });
    this.options.progress?.committed(this.projection.name);
    return applied;
  }

  /** Until stopped: read the checkpoint, follow the feed from there; on any failure back off and start again from the checkpoint. */
  private async run(): Promise<void> {
    const backoff = this.backoff(this.options.retryDelayMs ?? 250);
    let checkpointed = false;
    while (!this.stopped) {
      let subscription: Subscription | null = null;
      try {
        if (!checkpointed) await ensureCheckpoint(this.dataSource.manager, this.projection.name);
        checkpointed = true;
        let position = await readCheckpoint(this.dataSource.manager, this.projection.name);
        this.outage.recovered();
        backoff.reset();
        const batchSize = this.options.batchSize ?? 500;
        subscription = this.store.subscribeToAll({ after: position, category: this.projection.category, batchSize });
        this.subscription = subscription;
        if (this.stopped) break;
        // Catching up, the next page is read while this one's transaction runs; a page read ahead of a Repositioned is dropped.
        for await (const batch of readAhead(subscription.batches(), (page) => page.length === batchSize)) {
          position = await this.applyWithRetry(position, batch);
          if (this.stopped) break;
        }
      } catch (error) {
        if (error instanceof Repositioned || this.stopped) continue;
        this.report(error);
        await this.sleeper.sleep(backoff.next());
      } finally {
        await subscription?.close();
      }
    }
  }

  private async applyWithRetry(position: Position, batch: RecordedEvent[]): Promise<Position> {
    const lostDatabase = this.backoff(50);
    for (;;) {
      try {
        const applied = await this.applyBatch(position, batch);
        this.outage.recovered();
        return applied;
      } catch (error) {
        if (error instanceof Repositioned || this.stopped) throw error instanceof Repositioned ? error : new Repositioned();
        this.report(error);
        // A failing event halts this read model rather than skipping it: stale beats wrong.
        await this.sleeper.sleep(isConnectionError(error) ? lostDatabase.next() : (this.options.retryDelayMs ?? 1000));
      }
    }
  }

  /** A lost database is an outage (logged once by the shared reporter); anything else is this projection's own error. */
  private report(error: unknown): void {
    if (isConnectionError(error)) this.outage.failed(error);
    else this.options.onError?.(this.projection.name, error);
  }

  private backoff(initialMs: number): Backoff {
    return new Backoff({ initialMs, maxMs: this.options.maxRetryDelayMs ?? 2_000 });
  }
}
