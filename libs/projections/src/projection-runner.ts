import { comparePositions, EventStore, Position, RecordedEvent } from '@vigil/event-store';
import { DataSource } from 'typeorm';
import { ensureCheckpoint, lockCheckpoint, readCheckpoint, saveCheckpoint } from './checkpoint-store';
import { Projection } from './projection';

export interface ProjectionRunnerOptions {
  readonly batchSize?: number;
  /** Called when a batch fails; the runner retries the same batch after `retryDelayMs`. */
  readonly onError?: (projection: string, error: unknown) => void;
  readonly retryDelayMs?: number;
}

/** The checkpoint moved under us (another worker, or a rebuild): start again from the stored one. */
class Repositioned extends Error {}

/** Feeds one projection from a checkpointed subscription; each page is one transaction. */
export class ProjectionRunner {
  private subscription: { close(): Promise<void> } | null = null;
  private stopped = false;
  private running: Promise<void> | null = null;

  constructor(
    private readonly store: EventStore,
    private readonly dataSource: DataSource,
    readonly projection: Projection,
    private readonly options: ProjectionRunnerOptions = {},
  ) {}

  start(): void {
    this.stopped = false;
    this.running ??= this.run().finally(() => (this.running = null));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.subscription?.close();
    await this.running;
  }

  /** Applies one page within one transaction; exported for rebuilds and tests. */
  async applyBatch(expected: Position, events: RecordedEvent[]): Promise<Position> {
    return this.dataSource.transaction(async (manager) => {
      const stored = await lockCheckpoint(manager, this.projection.name);
      if (comparePositions(stored, expected) !== 0) throw new Repositioned();
      for (const event of events) await this.projection.handle(event, manager);
      const last = events[events.length - 1].position;
      await saveCheckpoint(manager, this.projection.name, last);
      return last;
    });
  }

  private async run(): Promise<void> {
    await ensureCheckpoint(this.dataSource.manager, this.projection.name);
    while (!this.stopped) {
      let position = await readCheckpoint(this.dataSource.manager, this.projection.name);
      const subscription = this.store.subscribeToAll({ after: position, category: this.projection.category, batchSize: this.options.batchSize ?? 500 });
      this.subscription = subscription;
      try {
        for await (const batch of subscription.batches()) {
          position = await this.applyWithRetry(position, batch);
          if (this.stopped) break;
        }
      } catch (error) {
        if (!(error instanceof Repositioned)) throw error;
      } finally {
        await subscription.close();
      }
    }
  }

  private async applyWithRetry(position: Position, batch: RecordedEvent[]): Promise<Position> {
    for (;;) {
      try {
        return await this.applyBatch(position, batch);
      } catch (error) {
        if (error instanceof Repositioned || this.stopped) throw error instanceof Repositioned ? error : new Repositioned();
        // A failing event halts this read model rather than skipping it: stale beats wrong.
        this.options.onError?.(this.projection.name, error);
        await new Promise((r) => setTimeout(r, this.options.retryDelayMs ?? 1000));
      }
    }
  }
}
