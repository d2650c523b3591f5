import { EventStore, Position } from '@vigil/event-store';
import { ensureCheckpoint, Projection, ProjectionRunner, readCheckpoint } from '@vigil/projections';
import { DataSource } from 'typeorm';
import { readAllOnceReadable } from '@vigil/event-store/contract/contract-events';

/**
 * Brings each projection up to every event committed so far, a page at a time through its runner, as a running
 * subscription would: for specs that project at chosen moments instead of running subscriptions.
 */
export async function projectAll(store: EventStore, dataSource: DataSource, projections: readonly Projection[]): Promise<void> {
  // An empty page only means "nothing readable yet" while a transaction, in another database too, holds the horizon back.
  const [{ stored }] = await dataSource.query('SELECT count(*)::int AS stored FROM event_store.events');
  await readAllOnceReadable(store, stored, { maxCount: stored });
  for (const projection of projections) {
    const runner = new ProjectionRunner(store, dataSource, projection);
    await ensureCheckpoint(dataSource.manager, projection.name);
    let position: Position = await readCheckpoint(dataSource.manager, projection.name);
    for (;;) {
      const page = await store.readAll({ after: position, category: projection.category, maxCount: 500 });
      if (!page.length) break;
      position = await runner.applyBatch(position, page);
    }
  }
}
