import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { freePortPair } from './free-port';
import pgGlobalSetup from './global-setup';

const ROOT = join(__dirname, '../..');
/** The test broker's port: named, or a free pair chosen at set-up (tests that stop and start the broker read it here). */
const testKafkaPort = () => Number(process.env.VIGIL_TEST_KAFKA_PORT);

/**
 * The Kafka suite runs against a real broker: KAFKA_BROKERS when given, else one this suite starts
 * with infra/kafka/kafka.sh (needs Java 17+). Neither available is a failure, never a skip.
 */
export default async function kafkaGlobalSetup(): Promise<void> {
  await pgGlobalSetup();
  if (process.env.KAFKA_BROKERS) {
    await assertReachable(process.env.KAFKA_BROKERS);
    process.env.VIGIL_TEST_KAFKA_BROKERS = process.env.KAFKA_BROKERS;
    return;
  }
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.status !== 0) {
    throw new Error('The Kafka suite needs a broker: set KAFKA_BROKERS=host:port, or install Java 17+ so infra/kafka/kafka.sh can start one.');
  }
  process.env.VIGIL_TEST_KAFKA_PORT ??= String(await freePortPair());
  // This run's own broker data: a second copy of the suite in the same checkout must not reset this one's.
  process.env.VIGIL_TEST_KAFKA_DATA ??= join(ROOT, '.data/kafka-test', String(process.pid));
  brokerScript('reset'); // a fresh cluster: no topics or offsets from an earlier run
  brokerScript('start');
  process.env.VIGIL_TEST_KAFKA_BROKERS = `127.0.0.1:${testKafkaPort()}`;
  process.env.VIGIL_TEST_KAFKA_OWNED = '1';
}

/** Runs infra/kafka/kafka.sh for the test broker (own port and data directory). */
export function brokerScript(command: 'reset' | 'start' | 'stop'): void {
  const result = spawnSync('bash', [join(ROOT, 'infra/kafka/kafka.sh'), command], {
    env: { ...process.env, KAFKA_PORT: String(testKafkaPort()), VIGIL_KAFKA_DATA: process.env.VIGIL_TEST_KAFKA_DATA ?? join(ROOT, '.data/kafka-test') },
    encoding: 'utf8',
    timeout: 180_000,
  });
  if (result.status !== 0) throw new Error(`infra/kafka/kafka.sh ${command} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
}

async function assertReachable(brokers: string): Promise<void> {
  const admin = new Kafka({ brokers: brokers.split(','), clientId: 'vigil-test-setup', logLevel: logLevel.NOTHING, retry: { retries: 3 } }).admin();
  try {
    await admin.connect();
    await admin.listTopics();
  } catch (error) {
    throw new Error(`KAFKA_BROKERS=${brokers} is set but no broker answers there: ${(error as Error).message}`);
  } finally {
    await admin.disconnect();
  }
}
