import { RecordedEvent } from '@vigil/event-store';
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
  /** Only streams of this category (`<category>-<id>`) are fed to it. */
  readonly category?: string;
  handle(event: RecordedEvent, manager: EntityManager): Promise<void>;
}
