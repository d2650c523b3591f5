import { createSecretKey, KeyObject, randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { KeyEncryptionKey } from './key-encryption-key';

/** What a reader may get for one record's sealed texts. */
export type SubjectKey =
  { readonly state: 'open'; readonly key: KeyObject; readonly restricted: boolean } | { readonly state: 'erased' } | { readonly state: 'unknown' };

/** A record's personal texts can no longer be written: its data key was destroyed. */
export class SubjectErasedError extends Error {
  constructor(readonly subject: string) {
    super(`The record ${subject} was erased: it takes no new personal data`);
  }
}

/** Destroys a record's key ($1 the record, $2 the key-encryption key's id for a row made here): the vault's and the projection's. */
export const DESTROY_KEY_SQL = `INSERT INTO data_protection.subject_keys (subject, wrapped_key, kek_id, destroyed_at) VALUES ($1, NULL, $2, now())
  ON CONFLICT (subject) DO UPDATE SET wrapped_key = NULL, destroyed_at = coalesce(subject_keys.destroyed_at, now())`;

/** Restricts a record or lifts it ($1 the record, $2 true or false). */
export const RESTRICT_SQL = 'UPDATE data_protection.subject_keys SET restricted = $2 WHERE subject = $1';

const CACHE_MS = 5_000;

/**
 * The records' data keys, wrapped by the key-encryption key, in `data_protection.subject_keys`. Destroying a key is
 * what erases a record: the ciphertext stays (the hash chain and the checkpoints still verify) and nothing opens it.
 * Unwrapped keys are cached for a few seconds; another process notices an erasure within that time.
 */
export class SubjectKeyVault {
  private readonly cache = new Map<string, { value: SubjectKey; until: number }>();

  constructor(
    private readonly pool: Pool,
    private readonly kek: KeyEncryptionKey,
  ) {}

  /** The key to seal new texts of a record with, made on its first personal text. */
  async keyForWriting(subject: string): Promise<KeyObject> {
    const cached = this.cached(subject);
    if (cached?.state === 'open') return cached.key;
    const wrapped = this.kek.wrap(randomBytes(32), subject);
    // One round trip: the new key, or the one another writer made first (or the refusal of an erased record).
    const { rows } = await this.pool.query<{ wrapped_key: Buffer | null; kek_id: string; restricted: boolean }>(
      `WITH made AS (
         INSERT INTO data_protection.subject_keys (subject, wrapped_key, kek_id) VALUES ($1, $2, $3) ON CONFLICT (subject) DO NOTHING
         RETURNING wrapped_key, kek_id, restricted)
       SELECT wrapped_key, kek_id, restricted FROM made
       UNION ALL SELECT wrapped_key, kek_id, restricted FROM data_protection.subject_keys WHERE subject = $1 AND NOT EXISTS (SELECT 1 FROM made)`,
      [subject, wrapped, this.kek.id],
    );
    // A writer that made it at the same moment is not in this statement's snapshot: read it in a new one.
    const found = rows[0] ? this.opened(subject, rows[0]) : (await this.keysForReading([subject])).get(subject)!;
    if (found.state === 'erased') throw new SubjectErasedError(subject);
    if (found.state !== 'open') throw new Error(`No data key for ${subject} after creating one`);
    return found.key;
  }

  /** The keys of several records in one round trip: open (with whether it is restricted), erased, or never made. */
  async keysForReading(subjects: readonly string[]): Promise<Map<string, SubjectKey>> {
    const result = new Map<string, SubjectKey>();
    const missing: string[] = [];
    for (const subject of new Set(subjects)) {
      const cached = this.cached(subject);
      if (cached) result.set(subject, cached);
      else missing.push(subject);
    }
    if (missing.length === 0) return result;
    const { rows } = await this.pool.query<{ subject: string; wrapped_key: Buffer | null; kek_id: string; restricted: boolean | null }>(
      'SELECT subject, wrapped_key, kek_id, restricted FROM data_protection.subject_keys WHERE subject = ANY($1::text[])',
      [missing],
    );
    const found = new Map(rows.map((row) => [row.subject, row]));
    for (const subject of missing) {
      const value = this.opened(subject, found.get(subject));
      result.set(subject, value);
    }
    return result;
  }

  /** Destroys a record's key at once (and refuses it new ones); the subjects projection runs the same statement durably. */
  async destroy(subject: string): Promise<void> {
    await this.pool.query(DESTROY_KEY_SQL, [subject, this.kek.id]);
    this.cache.delete(subject);
  }

  /** Marks a record restricted (or not) at once, making its key if it had none; the subjects projection does it durably. */
  async restrict(subject: string, restricted: boolean): Promise<void> {
    await this.keyForWriting(subject).catch((error) => (error instanceof SubjectErasedError ? undefined : Promise.reject(error)));
    await this.pool.query(RESTRICT_SQL, [subject, restricted]);
    this.cache.delete(subject);
  }

  /**
   * Re-wraps every live data key under a new key-encryption key, in one transaction. A destroyed key's old row versions
   * linger in the table's files (and in WAL and backups) until PostgreSQL reuses the space; once the key-encryption key
   * they were wrapped with is itself destroyed after this, nothing can unwrap them: the erasures before it are final.
   */
  async rotateKeyEncryptionKey(next: KeyEncryptionKey): Promise<{ rewrapped: number; erased: number }> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SET LOCAL synchronous_commit = on'); // the old key file is destroyed after this: it must be on disk
      const { rows } = await client.query<{ subject: string; wrapped_key: Buffer | null; kek_id: string }>(
        'SELECT subject, wrapped_key, kek_id FROM data_protection.subject_keys ORDER BY subject FOR UPDATE',
      );
      let rewrapped = 0;
      for (const row of rows) {
        if (!row.wrapped_key || row.kek_id === next.id) continue;
        if (row.kek_id !== this.kek.id) throw new Error(`The data key of ${row.subject} was wrapped by key ${row.kek_id}, neither the current nor the new one`);
        const key = this.kek.unwrap(row.wrapped_key, row.subject);
        await client.query('UPDATE data_protection.subject_keys SET wrapped_key = $2, kek_id = $3 WHERE subject = $1', [
          row.subject,
          next.wrap(key, row.subject),
          next.id,
        ]);
        rewrapped++;
      }
      await client.query('UPDATE data_protection.subject_keys SET kek_id = $1 WHERE wrapped_key IS NULL', [next.id]);
      await client.query('COMMIT');
      this.cache.clear();
      return { rewrapped, erased: rows.filter((r) => !r.wrapped_key).length };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** Forgets cached keys and restrictions (after an erasure or a restriction elsewhere in this process). */
  forget(subject?: string): void {
    if (subject) this.cache.delete(subject);
    else this.cache.clear();
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  /** A stored row as a reader's key (cached for a few seconds): open, erased (no key), or unknown (no row). */
  private opened(subject: string, row: { wrapped_key: Buffer | null; kek_id: string; restricted: boolean | null } | undefined): SubjectKey {
    if (!row) return { state: 'unknown' };
    let value: SubjectKey;
    if (!row.wrapped_key) value = { state: 'erased' };
    else {
      if (row.kek_id !== this.kek.id) throw new Error(`The data key of ${subject} was wrapped by key ${row.kek_id}, not the configured ${this.kek.id}`);
      // A KeyObject, made once: sealing with it is three times faster than with the raw bytes each time.
      value = { state: 'open', key: createSecretKey(this.kek.unwrap(row.wrapped_key, subject)), restricted: row.restricted === true };
    }
    this.cache.set(subject, { value, until: Date.now() + CACHE_MS });
    return value;
  }

  private cached(subject: string): SubjectKey | undefined {
    const hit = this.cache.get(subject);
    if (!hit) return undefined;
    if (hit.until < Date.now()) {
      this.cache.delete(subject);
      return undefined;
    }
    return hit.value;
  }
}
