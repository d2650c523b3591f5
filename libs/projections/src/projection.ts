import { CategoryFilter, RecordedEvent } from '@vigil/event-store';
import { EntityManager } from 'typeorm';

/**
 * A read model fed from the global log. `handle` writes through the given manager, inside the
 * same transaction that advances the checkpoint, so each event takes effect exactly once.
 */
export interface Projection {
  /** Stable name; the checkpoint row's key. */
  readonly name: string;
  /** The read-model tables it owns, emptied and refilled by a rebuild. */
  readonly tables: readonly string[];
  /** Only streams of this category (`<category>-<id>`), or of these categories in log order, are fed to it. */
  readonly category?: CategoryFilter;
  handle(event: RecordedEvent, manager: EntityManager): Promise<void>;
  /**
   * A page of events in as few statements as the read model allows (multi-row writes), with the same
   * result as `handle` over each event in order; a read model without it is fed one event at a time.
   */
  handleBatch?(events: readonly RecordedEvent[], manager: EntityManager): Promise<void>;
}

/** Applies a page through the projection's batch path when it has one. */
export async function applyEvents(projection: Projection, events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
  if (projection.handleBatch) return projection.handleBatch(events, manager);
  for (const event of events) await projection.handle(event, manager);
}
