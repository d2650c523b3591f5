import { validateConfig } from '@vigil/config';
import { PostgresEventStore } from '@vigil/event-store';
import { POOL_GUARD, resolveDatabase, ResolvedDatabase } from '@vigil/postgres';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '@vigil/platform';

export interface CliContext {
  readonly store: PostgresEventStore;
  readonly dataSource: DataSource;
  close(): Promise<void>;
}

/** Opens the same database the system uses: DATABASE_URL, or the embedded one under VIGIL_DATA_DIR. */
export async function openContext(): Promise<CliContext> {
  const config = validateConfig(process.env);
  const database: ResolvedDatabase = await resolveDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.VIGIL_DATA_DIR,
    embeddedPort: config.VIGIL_EMBEDDED_PG_PORT,
  });
  const dataSource = await new DataSource({
    type: 'postgres',
    url: database.url,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    extra: POOL_GUARD,
  }).initialize();
  await dataSource.runMigrations();
  const store = new PostgresEventStore({ connectionString: database.url });
  return {
    store,
    dataSource,
    async close() {
      await store.close();
      await dataSource.destroy();
      await database.stop();
    },
  };
}
