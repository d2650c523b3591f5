import 'reflect-metadata';
import { PostgresEventStore } from '@vigil/event-store';
import { EventRelay, prefixPublication, topicSpecs } from '@vigil/messaging';
import { onShutdown, openBusProcess } from './bus-process';
import { ALL_PUBLICATIONS as PUBLICATIONS } from '@vigil/platform';

/**
 * The relay service: every context's events from the event store to its Kafka topic. Run one per
 * environment (more are standbys: an advisory lock lets one relay per publication be active).
 */
async function main(): Promise<void> {
  const { config, logger, dataSource, bus } = await openBusProcess('vigil-relay');
  const publications = PUBLICATIONS.map((p) => prefixPublication(p, config.KAFKA_TOPIC_PREFIX));
  await bus.ensureTopics(
    topicSpecs(
      publications.map((p) => p.topic),
      config.KAFKA_REPLICATION,
    ),
  );
  const store = new PostgresEventStore({ connectionString: config.DATABASE_URL });
  const relays = publications.map((p) => new EventRelay(store, dataSource, bus, p, { logger, batchSize: Number(process.env.RELAY_BATCH_SIZE ?? 500) }));
  relays.forEach((relay) => relay.start());
  logger.info({ publications: publications.map((p) => p.topic) }, 'relay running');
  onShutdown(logger, async () => {
    await Promise.all(relays.map((relay) => relay.stop()));
    await bus.close();
    await store.close();
    await dataSource.destroy();
  });
}

void main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
