import { join } from 'node:path';
import { canConnect } from '../../libs/postgres/src/databases';
import { startEmbeddedPostgres } from '../../libs/postgres/src/embedded-postgres';
import { freePort } from './free-port';

/**
 * Integration tests run against DATABASE_URL when it is set, else against an embedded PostgreSQL
 * started here. Either way the server must answer: a missing database fails the run, never skips it.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.VIGIL_TEST_ADMIN_URL) return; // another project's setup already found or started it
  if (process.env.DATABASE_URL) {
    if (!(await canConnect(process.env.DATABASE_URL))) {
      throw new Error(`DATABASE_URL is set but no PostgreSQL answers there: ${redact(process.env.DATABASE_URL)}`);
    }
    process.env.VIGIL_TEST_ADMIN_URL = process.env.DATABASE_URL;
    return;
  }
  const directory = join(__dirname, '../../.data/test-postgres', String(process.pid));
  const handle = await startEmbeddedPostgres({
    // A cluster of this run's own: a second copy of the suite in the same checkout must not find (and stop) this one.
    directory,
    // A free port unless one is named: a second copy of the suite on this machine must not collide with this one.
    port: process.env.VIGIL_TEST_PG_PORT ? Number(process.env.VIGIL_TEST_PG_PORT) : await freePort(),
    persistent: false,
  });
  process.env.VIGIL_TEST_ADMIN_URL = handle.adminUrl;
  (globalThis as { __vigilEmbeddedPg?: typeof handle }).__vigilEmbeddedPg = handle;
  (globalThis as { __vigilEmbeddedPgDir?: string }).__vigilEmbeddedPgDir = directory;
}

function redact(url: string): string {
  return url.replace(/:[^:@/]+@/, ':***@');
}
