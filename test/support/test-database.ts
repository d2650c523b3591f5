import { randomBytes } from 'node:crypto';
import { dropDatabase, ensureDatabase, withDatabase } from '../../libs/postgres/src/databases';

/** A fresh, uniquely named database on the test server, dropped by `drop()`. */
export async function createTestDatabase(prefix = 'vigil_test'): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env.VIGIL_TEST_ADMIN_URL;
  if (!adminUrl) throw new Error('VIGIL_TEST_ADMIN_URL is not set: run integration tests through jest (globalSetup starts PostgreSQL)');
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  await ensureDatabase(adminUrl, name);
  return { url: withDatabase(adminUrl, name), drop: () => dropDatabase(adminUrl, name) };
}
