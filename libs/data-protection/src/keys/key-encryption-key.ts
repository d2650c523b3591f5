import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The key-encryption key: wraps every record's data key, and lives outside the database (a file the database's
 * administrators cannot read, or a key service in production), so a copy of the database alone opens nothing.
 */
export interface KeyEncryptionKey {
  /** A short fingerprint stored beside each wrapped key, so a key file swapped for another is named, not mistaken. */
  readonly id: string;
  wrap(dataKey: Buffer, subject: string): Buffer;
  unwrap(wrapped: Buffer, subject: string): Buffer;
}

/** Where the key-encryption key is: VIGIL_KEK_FILE, else `npm start`'s generated one under VIGIL_DATA_DIR/keys. */
export function kekFileOf(config: { VIGIL_KEK_FILE?: string; VIGIL_DATA_DIR: string }): string {
  return config.VIGIL_KEK_FILE ?? join(config.VIGIL_DATA_DIR, 'keys', 'key-encryption-key');
}

/** Reads the key file (32 random bytes, base64); with `generate`, a missing one is made once (mode 0600, never overwritten). */
export function loadKeyEncryptionKey(file: string, generate: boolean, onCreated?: (path: string) => void): KeyEncryptionKey {
  if (!existsSync(file)) {
    if (!generate) throw new Error(`VIGIL_KEK_FILE ${file} does not exist`);
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    try {
      writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
      onCreated?.(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error; // another process made it first: use theirs
    }
  }
  const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== 32) throw new Error(`VIGIL_KEK_FILE ${file} does not hold a 256-bit key (32 bytes, base64)`);
  return keyEncryptionKey(key);
}

export function keyEncryptionKey(key: Buffer): KeyEncryptionKey {
  const id = createHash('sha256').update(key).digest('hex').slice(0, 16);
  return {
    id,
    // AES-256-GCM with the subject as authenticated data: a wrapped key moved to another record does not open.
    wrap(dataKey, subject) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(subject, 'utf8'));
      return Buffer.concat([iv, cipher.update(dataKey), cipher.final(), cipher.getAuthTag()]);
    },
    unwrap(wrapped, subject) {
      const decipher = createDecipheriv('aes-256-gcm', key, wrapped.subarray(0, 12));
      decipher.setAAD(Buffer.from(subject, 'utf8'));
      decipher.setAuthTag(wrapped.subarray(wrapped.length - 16));
      return Buffer.concat([decipher.update(wrapped.subarray(12, wrapped.length - 16)), decipher.final()]);
    },
  };
}
