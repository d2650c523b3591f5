import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A checkpoint key, a checkpoint directory and a key-encryption key of the test's own, never the repository's .data. */
export function proofScratch(): { dir: string; config: Record<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-proof-'));
  const keyFile = join(dir, 'checkpoint-key.pem');
  writeFileSync(keyFile, generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }));
  const kekFile = join(dir, 'key-encryption-key');
  writeFileSync(kekFile, randomBytes(32).toString('base64'));
  return { dir, config: { VIGIL_CHECKPOINT_KEY_FILE: keyFile, VIGIL_CHECKPOINT_DIR: join(dir, 'checkpoints'), VIGIL_KEK_FILE: kekFile } };
}

let shared: Record<string, string> | null = null;

/** One scratch per test file for the processes it starts: they share a log's checkpoints, another test's database never does. */
export function sharedProofScratch(): Record<string, string> {
  return (shared ??= proofScratch().config);
}
