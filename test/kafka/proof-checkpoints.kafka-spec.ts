import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import {
  Checkpointer,
  checkpointSinks,
  FileCheckpointSink,
  loadSigner,
  parseNote,
  parseVerifierKey,
  ProofSettings,
  rawPublicKey,
  verifyNote,
} from '@vigil/proof';
import { readAllOnceReadable } from '@vigil/event-store/contract/contract-events';
import { appendTraffic } from './support/incident-traffic';
import { KafkaTestEnv, openKafkaTestEnv } from './support/kafka-test-env';

interface Published {
  key: string;
  treeSize: string;
  note: string;
}

/** Every message on the topic from its beginning, once `count` have arrived (a fresh consumer group, so nothing is skipped). */
async function readCheckpoints(brokers: string, topic: string, count: number): Promise<Published[]> {
  const kafka = new Kafka({ brokers: brokers.split(','), clientId: 'checkpoint-check', logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: `checkpoint-check-${Date.now()}-${Math.random()}` });
  const messages: Published[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${messages.length} of ${count} checkpoints on ${topic} after 60 s`)), 60_000);
      consumer
        .run({
          eachMessage: async ({ message }) => {
            messages.push({ key: message.key!.toString(), treeSize: message.headers!['tree-size']!.toString(), note: message.value!.toString() });
            if (messages.length >= count) {
              clearTimeout(timer);
              resolve();
            }
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
  return messages;
}

/**
 * The checkpoint topic on a real broker: with Kafka configured, each signed checkpoint is published to
 * `<prefix>vigil.checkpoints` (keyed by origin, its tree size in a header) as the same signed note the file sink keeps,
 * and it verifies with nothing but the public key an auditor holds: a copy outside the database that a rewritten
 * database cannot take back.
 */
describe('the Kafka checkpoint sink on a real broker', () => {
  let env: KafkaTestEnv;
  let dir: string;
  let settings: ProofSettings;
  let checkpointer: Checkpointer;
  let close: () => Promise<void>;

  beforeAll(async () => {
    env = await openKafkaTestEnv();
    dir = mkdtempSync(join(tmpdir(), 'vigil-checkpoints-'));
    settings = {
      origin: 'vigil.test/kafka-checkpoints',
      keyFile: join(dir, 'key', 'checkpoint-key.pem'),
      generateKey: true,
      checkpointDir: join(dir, 'checkpoints'),
      everyEvents: 1000,
      everySeconds: 60,
      kafkaBrokers: env.brokers,
      kafkaTopicPrefix: env.prefix,
      kafkaReplication: 1,
    };
    const sinks = checkpointSinks(settings);
    expect(sinks.map((sink) => sink.name)).toEqual(['kafka']);
    close = async () => {
      for (const sink of sinks) await sink.close?.();
    };
    const signer = loadSigner(settings.keyFile, settings.origin, settings.generateKey);
    checkpointer = new Checkpointer(env.dataSource, signer, settings.origin, new FileCheckpointSink(settings.checkpointDir), sinks);
  });

  afterAll(async () => {
    await close?.();
    await env?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('publishes each signed checkpoint to the topic, in order, and each verifies with the public key', async () => {
    await appendTraffic(env.store, 4, 3, 0); // 12 events in 4 streams
    await readAllOnceReadable(env.store, 12); // a transaction in another database can hold the horizon back a moment
    const first = (await checkpointer.checkpoint())!;
    expect(first).toMatchObject({ created: true, note: { checkpoint: { size: 12 } } });
    await appendTraffic(env.store, 2, 2, 0); // 4 more
    await readAllOnceReadable(env.store, 16);
    const second = (await checkpointer.checkpoint())!;
    expect(second).toMatchObject({ created: true, note: { checkpoint: { size: 16 } } });
    expect((await checkpointer.checkpoint())!.created).toBe(false); // nothing new: nothing published again

    const topic = `${env.prefix}vigil.checkpoints`;
    const published = await readCheckpoints(env.brokers, topic, 2);
    expect(published.map((m) => [m.key, m.treeSize])).toEqual([
      [settings.origin, '12'],
      [settings.origin, '16'],
    ]);
    // The same bytes the file sink keeps and the API serves.
    expect(published.map((m) => m.note)).toEqual([first.note.text, second.note.text]);

    // An auditor's check: the verifier key as published (name+id+key), nothing from the database.
    const auditorKey = parseVerifierKey(checkpointer.publicKey.verifierKey);
    for (const message of published) {
      const note = parseNote(message.note);
      expect(note.checkpoint.origin).toBe(settings.origin);
      expect(verifyNote(note, auditorKey.publicKey, auditorKey.keyName)).not.toBeNull();
    }
    // Another key does not verify it: the signature is the key's, not anyone's.
    const stranger = rawPublicKey(generateKeyPairSync('ed25519').privateKey);
    expect(verifyNote(parseNote(published[1].note), stranger)).toBeNull();
    // A note altered on the topic (another root) no longer verifies.
    const altered = published[1].note.replace(/\n([A-Za-z0-9+/]{43}=)\n/, (_all, root: string) => `\n${root.startsWith('A') ? 'B' : 'A'}${root.slice(1)}\n`);
    expect(altered).not.toBe(published[1].note);
    expect(verifyNote(parseNote(altered), auditorKey.publicKey)).toBeNull();
  }, 120_000);
});
