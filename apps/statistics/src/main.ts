import 'reflect-metadata';
import { InboxConsumer, prefixHandler, topicSpecs } from '@vigil/messaging';
import { INCIDENT_FACTS_HANDLER } from '@vigil/statistics';
import { onShutdown, openBusProcess } from '../../relay/src/bus-process';

/**
 * The statistics service: consumes the incident contracts in its consumer group and keeps its own
 * read model. Scale it by running more copies, up to one per partition.
 */
async function main(): Promise<void> {
  const { config, logger, dataSource, bus } = await openBusProcess('vigil-statistics');
  const handler = prefixHandler(INCIDENT_FACTS_HANDLER, config.KAFKA_TOPIC_PREFIX);
  await bus.ensureTopics(topicSpecs(handler.topics, config.KAFKA_REPLICATION));
  const consumer = new InboxConsumer(bus, dataSource, handler, logger);
  await consumer.start();
  logger.info({ group: handler.name }, 'statistics consumer running');
  onShutdown(logger, async () => {
    await consumer.stop();
    await bus.close();
    await dataSource.destroy();
  });
}

void main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
