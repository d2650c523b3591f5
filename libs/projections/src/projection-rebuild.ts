import { EventStore, Position, readAhead, RecordedEvent, START } from '@vigil/event-store';
import { DataSource, EntityManager } from 'typeorm';
import { ensureCheckpoint, lockCheckpoint, saveCheckpoint } from './checkpoint-store';
import { applyEvents, Projection } from './projection';

export interface RebuildProgress {
  readonly processed: number;
  readonly position: Position;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * Rebuilds a read model from the first event into shadow tables, in short transactions, while
 * readers keep using the live tables. At the end one transaction locks the live checkpoint (the
 * running projector waits), applies the last events, and swaps the shadow rows in.
 */
export async function rebuildProjection(
  store: EventStore,
  dataSource: DataSource,
  projection: Projection,
  onProgress: (progress: RebuildProgress) => void = () => undefined,
  batchSize = 1000,
): Promise<RebuildProgress> {
  for (const table of projection.tables) if (!IDENTIFIER.test(table)) throw new Error(`Unsafe table name "${table}"`);
  const shadow = `rebuild_${projection.name.replace(/[^a-z0-9]+/g, '_')}`;
  await dataSource.query(`DROP SCHEMA IF EXISTS ${shadow} CASCADE`);
  await dataSource.query(`CREATE SCHEMA ${shadow}`);
  try {
    for (const table of projection.tables) await dataSource.query(`CREATE TABLE ${shadow}.${table} (LIKE public.${table} INCLUDING ALL)`);
    let position = START;
    let processed = 0;
    const applyPage = async (manager: EntityManager, page: RecordedEvent[]) => {
      await manager.query(`SET LOCAL search_path TO ${shadow}, public`);
      await applyEvents(projection, page, manager);
      await manager.query('SET LOCAL search_path TO public');
      position = page[page.length - 1].position;
      processed += page.length;
      onProgress({ processed, position });
    };
    const read = (after: Position) => store.readAll({ after, maxCount: batchSize, category: projection.category });
    for await (const page of readAhead(pagesOf(read), (page) => page.length === batchSize)) {
      await dataSource.transaction((manager) => applyPage(manager, page));
    }
    await ensureCheckpoint(dataSource.manager, projection.name);
    await dataSource.transaction(async (manager) => {
      await lockCheckpoint(manager, projection.name);
      for (;;) {
        const page = await read(position);
        if (page.length === 0) break;
        await applyPage(manager, page);
      }
      // DELETE + INSERT rather than a table swap: readers never block, index names stay the migrations'.
      for (const table of projection.tables) {
        await manager.query(`DELETE FROM public.${table}`);
        await manager.query(`INSERT INTO public.${table} SELECT * FROM ${shadow}.${table}`);
      }
      await saveCheckpoint(manager, projection.name, position);
    });
    return { processed, position };
  } finally {
    await dataSource.query(`DROP SCHEMA IF EXISTS ${shadow} CASCADE`);
  }
}

/** The log from the start, page by page, until a page comes back empty. */
async function* pagesOf(read: (after: Position) => Promise<RecordedEvent[]>): AsyncIterable<RecordedEvent[]> {
  for (let page = await read(START); page.length > 0; page = await read(page[page.length - 1].position)) yield page;
}
