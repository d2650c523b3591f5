import { CREATE_EVENT_STORE_SQL, PostgresEventStore } from '@vigil/event-store';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createTestDatabase } from '../../../test/support/test-database';
import { ensureCheckpoint, saveCheckpoint } from './checkpoint-store';
import { feedStatuses } from './projection-status';
import { ProjectionCheckpoints1763860000001 } from './projections.migration';

const event = () => ({ id: randomUUID(), type: 'test.counted.v1', data: {}, metadata: { actor: 'ST-TEST01', correlationId: 'c' } });

describe('feed statuses (cli projections, the lag gauges)', () => {
  let database: { url: string; drop(): Promise<void> };
  let store: PostgresEventStore;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('vigil_lag');
    dataSource = await new DataSource({ type: 'postgres', url: database.url, migrations: [ProjectionCheckpoints1763860000001] }).initialize();
    await dataSource.query(CREATE_EVENT_STORE_SQL);
    await dataSource.runMigrations();
    store = new PostgresEventStore({ connectionString: database.url });
  });

  afterAll(async () => {
    await store.close();
    await dataSource.destroy();
    await database.drop();
  });

  it("counts a feed's own categories after its checkpoint, not the other categories' events it never reads", async () => {
    const firstAlpha = await store.appendToStream('alpha-1', [event()], { expectedRevision: 'no-stream' });
    await store.appendToStream('beta-1', [event(), event(), event(), event(), event()], { expectedRevision: 'no-stream' });
    await store.appendToStream('alpha-2', [event(), event()], { expectedRevision: 'no-stream' });
    await store.appendToStream('gamma-1', [event(), event()], { expectedRevision: 'no-stream' });
    const last = await store.appendToStream('beta-2', [event()], { expectedRevision: 'no-stream' });
    await ensureCheckpoint(dataSource.manager, 'alpha.view');
    await saveCheckpoint(dataSource.manager, 'alpha.view', firstAlpha.position);
    await ensureCheckpoint(dataSource.manager, 'everything.caught-up');
    await saveCheckpoint(dataSource.manager, 'everything.caught-up', last.position);

    const statuses = await feedStatuses(dataSource, [
      { name: 'alpha.view', category: 'alpha' },
      { name: 'alpha-and-gamma.new', category: ['alpha', 'gamma'] },
      { name: 'everything.new' },
      { name: 'everything.caught-up' },
    ]);

    expect(statuses.map((s) => [s.name, s.behind])).toEqual([
      ['alpha.view', 2],
      ['alpha-and-gamma.new', 5],
      ['everything.new', 11],
      ['everything.caught-up', 0],
    ]);
    expect(statuses[0].position).toBe(`${firstAlpha.position.commit}/${firstAlpha.position.prepare}`);
    expect(statuses[1]).toMatchObject({ position: null, updatedAt: null });
    expect(statuses[0].oldestSeconds).toBeGreaterThanOrEqual(0);
    expect(statuses[3].oldestSeconds).toBe(0);
  });
});
