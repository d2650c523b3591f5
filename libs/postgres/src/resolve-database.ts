import { join, resolve } from 'node:path';
import { ensureDatabase, withDatabase } from './databases';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface ResolvedDatabase {
  readonly url: string;
  readonly embedded: boolean;
  stop(): Promise<void>;
}

/** The given DATABASE_URL, or an embedded PostgreSQL under the data directory with database `vigil`. */
export async function resolveDatabase(options: {
  databaseUrl?: string;
  dataDir: string;
  embeddedPort: number;
  log?: (line: string) => void;
}): Promise<ResolvedDatabase> {
  if (options.databaseUrl) return { url: options.databaseUrl, embedded: false, stop: async () => undefined };
  const handle = await startEmbeddedPostgres({
    directory: join(resolve(options.dataDir), 'postgres'),
    port: options.embeddedPort,
    persistent: true,
    log: options.log,
  });
  await ensureDatabase(handle.adminUrl, 'vigil');
  return { url: withDatabase(handle.adminUrl, 'vigil'), embedded: true, stop: () => handle.stop() };
}
