import { createPublicKey, generateKeyPairSync, KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { privateKeyFromPem, rawPublicKey, verifierKey } from './note';

export interface CheckpointSigner {
  readonly keyName: string;
  readonly privateKey: KeyObject;
  readonly publicKey: Buffer;
  /** `<name>+<key id>+<base64 key>`: what an auditor keeps to check notes. */
  readonly verifierKey: string;
  readonly publicKeyPem: string;
}

export interface ProofSettings {
  readonly origin: string;
  readonly keyFile: string;
  /** No key file was configured: generate one on first use (npm start), rather than refusing. */
  readonly generateKey: boolean;
  readonly checkpointDir: string;
  readonly everyEvents: number;
  readonly everySeconds: number;
  readonly kafkaBrokers?: string;
  readonly kafkaTopicPrefix: string;
  readonly kafkaReplication: number;
}

export function proofSettings(config: {
  VIGIL_DATA_DIR: string;
  VIGIL_CHECKPOINT_KEY_FILE?: string;
  VIGIL_CHECKPOINT_DIR?: string;
  VIGIL_CHECKPOINT_ORIGIN: string;
  VIGIL_CHECKPOINT_EVERY_EVENTS: number;
  VIGIL_CHECKPOINT_EVERY_SECONDS: number;
  KAFKA_BROKERS?: string;
  KAFKA_TOPIC_PREFIX: string;
  KAFKA_REPLICATION: number;
}): ProofSettings {
  return {
    origin: config.VIGIL_CHECKPOINT_ORIGIN,
    keyFile: config.VIGIL_CHECKPOINT_KEY_FILE ?? join(config.VIGIL_DATA_DIR, 'checkpoint-key', 'checkpoint-key.pem'),
    generateKey: !config.VIGIL_CHECKPOINT_KEY_FILE,
    checkpointDir: config.VIGIL_CHECKPOINT_DIR ?? join(config.VIGIL_DATA_DIR, 'checkpoints'),
    everyEvents: config.VIGIL_CHECKPOINT_EVERY_EVENTS,
    everySeconds: config.VIGIL_CHECKPOINT_EVERY_SECONDS,
    kafkaBrokers: config.KAFKA_BROKERS,
    kafkaTopicPrefix: config.KAFKA_TOPIC_PREFIX,
    kafkaReplication: config.KAFKA_REPLICATION,
  };
}

/**
 * Reads the signing key from its file (outside the database). With `generate`, a missing key is made once (mode 0600,
 * never overwritten), with its public halves beside it: `.pub.pem` and `.vkey` for auditors. `onCreated` is told where.
 */
export function loadSigner(keyFile: string, keyName: string, generate: boolean, onCreated?: (path: string) => void): CheckpointSigner {
  if (!existsSync(keyFile)) {
    if (!generate) throw new Error(`VIGIL_CHECKPOINT_KEY_FILE ${keyFile} does not exist`);
    mkdirSync(dirname(keyFile), { recursive: true, mode: 0o700 });
    const { privateKey } = generateKeyPairSync('ed25519');
    try {
      writeFileSync(keyFile, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600, flag: 'wx' });
      onCreated?.(keyFile);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error; // another process made it first: use theirs
    }
  }
  const privateKey = privateKeyFromPem(readFileSync(keyFile, 'utf8'));
  const publicKey = rawPublicKey(privateKey);
  const signer: CheckpointSigner = {
    keyName,
    privateKey,
    publicKey,
    verifierKey: verifierKey(keyName, publicKey),
    publicKeyPem: createPublicKey(privateKey).export({ format: 'pem', type: 'spki' }).toString(),
  };
  if (generate) {
    for (const [suffix, text] of [
      ['.pub.pem', signer.publicKeyPem],
      ['.vkey', `${signer.verifierKey}\n`],
    ])
      if (!existsSync(keyFile.replace(/\.pem$/, '') + suffix)) writeFileSync(keyFile.replace(/\.pem$/, '') + suffix, text, { flag: 'w' });
  }
  return signer;
}
