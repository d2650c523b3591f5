import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { QueryRunner } from 'typeorm';
import { createTestDatabase } from '../../../../test/support/test-database';
import { open, seal, envelopesIn } from '../sealing/sealed-text';
import { DataProtection1763860000170 } from './data-protection.migration';
import { keyEncryptionKey } from './key-encryption-key';
import { SubjectErasedError, SubjectKeyVault } from './subject-key-vault';
import { vaultPool } from '../data-protection.runtime';

describe('the records’ data keys in PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase('vigil_keys');
    const client = new Client({ connectionString: database.url });
    await client.connect();
    await new DataProtection1763860000170().up({ query: (sql: string) => client.query(sql) } as unknown as QueryRunner);
    await client.end();
  });
  afterAll(async () => database.drop());

  it('makes one key per record however many writers ask at once, and refuses new texts once it is destroyed', async () => {
    const kek = keyEncryptionKey(randomBytes(32));
    const vaults = [1, 2, 3].map(() => new SubjectKeyVault(vaultPool(database.url), kek));
    try {
      const keys = await Promise.all(vaults.flatMap((vault) => [1, 2].map(() => vault.keyForWriting('incident-race'))));
      const sealed = seal('Indsat slog ud', { subject: 'incident-race', streamId: 'incident-race', eventId: 'e1', field: 'description' }, keys[0]);
      for (const key of keys) expect(open(envelopesIn(sealed)[0], key)).toBe('Indsat slog ud');
      await vaults[0].destroy('incident-race');
      vaults[1].forget();
      await expect(vaults[1].keyForWriting('incident-race')).rejects.toBeInstanceOf(SubjectErasedError);
      expect((await vaults[2].keysForReading(['incident-race', 'incident-never'])).get('incident-never')).toEqual({ state: 'unknown' });
    } finally {
      await Promise.all(vaults.map((vault) => vault.close()));
    }
  });

  it('re-wraps every live key under a new key-encryption key, so the old one can be destroyed', async () => {
    const old = keyEncryptionKey(randomBytes(32));
    const next = keyEncryptionKey(randomBytes(32));
    const before = new SubjectKeyVault(vaultPool(database.url), old);
    const key = await before.keyForWriting('incident-rotated');
    const sealed = seal('Trussel mod betjent', { subject: 'incident-rotated', streamId: 'incident-rotated', eventId: 'e2', field: 'description' }, key);
    await before.destroy('incident-gone');
    const result = await before.rotateKeyEncryptionKey(next);
    await before.close();
    expect(result.rewrapped).toBeGreaterThanOrEqual(1);
    const after = new SubjectKeyVault(vaultPool(database.url), next);
    try {
      const opened = (await after.keysForReading(['incident-rotated'])).get('incident-rotated')!;
      expect(opened.state).toBe('open');
      expect(open(envelopesIn(sealed)[0], (opened as { key: Parameters<typeof open>[1] }).key)).toBe('Trussel mod betjent');
      expect((await after.keysForReading(['incident-gone'])).get('incident-gone')).toEqual({ state: 'erased' });
      // The vault on the old key now refuses rather than misreads.
      const stale = new SubjectKeyVault(vaultPool(database.url), old);
      await expect(stale.keysForReading(['incident-rotated'])).rejects.toThrow(/wrapped by key/);
      await stale.close();
    } finally {
      await after.close();
    }
  });
});
