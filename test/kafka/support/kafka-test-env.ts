import { randomBytes } from 'node:crypto';
import { PostgresEventStore } from '@vigil/event-store';
import { INCIDENT_PUBLICATION } from '@vigil/incidents';
import { ContractHandler, KafkajsMessageBus, prefixHandler, prefixPublication, Publication, topicSpecs } from '@vigil/messaging';
import { INCIDENT_FACTS_HANDLER } from '@vigil/statistics';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '@vigil/platform';
import { createTestDatabase } from '../../support/test-database';

export const quietLogger = { info: () => undefined, warn: () => undefined, error: (f: object, m: string) => console.error(m, f) };

/** One test's world: its own database, its own topic prefix on the shared test broker. */
export interface KafkaTestEnv {
  readonly brokers: string;
  readonly databaseUrl: string;
  readonly prefix: string;
  readonly store: PostgresEventStore;
  readonly dataSource: DataSource;
  readonly bus: KafkajsMessageBus;
  readonly publication: Publication;
  readonly handler: ContractHandler;
  /** Environment for the relay and statistics processes of this test. */
  readonly serviceEnv: Record<string, string>;
  close(): Promise<void>;
}

export async function openKafkaTestEnv(): Promise<KafkaTestEnv> {
  const brokers = process.env.VIGIL_TEST_KAFKA_BROKERS;
  if (!brokers) throw new Error('VIGIL_TEST_KAFKA_BROKERS is not set: run the Kafka suite through jest (its globalSetup starts the broker)');
  const database = await createTestDatabase('vigil_kafka');
  const dataSource = await new DataSource({ type: 'postgres', url: database.url, migrations: MIGRATIONS, migrationsTransactionMode: 'each' }).initialize();
  await dataSource.runMigrations();
  const prefix = `t${randomBytes(4).toString('hex')}.`;
  const bus = new KafkajsMessageBus({ brokers: brokers.split(','), clientId: 'vigil-test', logger: quietLogger, sessionTimeoutMs: 6000 });
  const publication = prefixPublication(INCIDENT_PUBLICATION, prefix);
  const handler = prefixHandler(INCIDENT_FACTS_HANDLER, prefix);
  await bus.ensureTopics(topicSpecs([publication.topic], 1));
  const store = new PostgresEventStore({ connectionString: database.url });
  return {
    brokers,
    databaseUrl: database.url,
    prefix,
    store,
    dataSource,
    bus,
    publication,
    handler,
    serviceEnv: { DATABASE_URL: database.url, KAFKA_BROKERS: brokers, KAFKA_TOPIC_PREFIX: prefix, KAFKA_SESSION_TIMEOUT_MS: '6000' },
    async close() {
      await bus.close();
      await store.close();
      await dataSource.destroy();
      await database.drop();
    },
  };
}
