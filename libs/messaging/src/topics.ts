import { TopicSpec } from './message-bus.port';

/** Dead letters of a topic go to `<topic>.dlq`, with the reason in a header. */
export function deadLetterTopic(topic: string): string {
  return `${topic}.dlq`;
}

/**
 * Topic settings. Production: 3 replicas with min.insync.replicas 2, so an acknowledged write
 * survives one broker loss and writes go on while one broker is down. The single local broker
 * can only hold 1 replica; KAFKA_REPLICATION says which.
 */
export function topicSpecs(topics: readonly string[], replicationFactor: number, partitions = 6): TopicSpec[] {
  const config = { 'min.insync.replicas': String(Math.min(2, replicationFactor)), 'cleanup.policy': 'delete', 'retention.ms': String(30 * 24 * 3600 * 1000) };
  return topics.flatMap((topic) => [
    { topic, partitions, replicationFactor, config },
    { topic: deadLetterTopic(topic), partitions: 1, replicationFactor, config },
  ]);
}
