import { deadLetterTopic, InboxConsumer } from '@vigil/messaging';
import { Kafka, logLevel } from 'kafkajs';
import { inboxCount, waitFor } from './support/delivery-check';
import { KafkaTestEnv, openKafkaTestEnv, quietLogger } from './support/kafka-test-env';

/** Processes start, die and restart, and the broker restarts: minutes, not jest's default 60 s. */
const KAFKA_TEST_TIMEOUT_MS = 300_000;

const valid = (incidentId: string, revision: number) => ({
  contract: 'incidents.incident-reported',
  version: 1,
  messageId: `m-${incidentId}-${revision}`,
  streamId: `incident-${incidentId}`,
  streamRevision: revision,
  recordedAt: '2026-11-01T10:00:00.000Z',
  correlationId: 'c-1',
  payload: {
    incidentId,
    kind: 'threat',
    target: 'staff-off-duty',
    perpetrator: 'client',
    severity: 'minor',
    occurredAt: '2026-10-31T18:00:00.000Z',
    area: 'sjaelland',
    institutionId: null,
  },
});

describe('poison messages', () => {
  let env: KafkaTestEnv;
  beforeAll(async () => (env = await openKafkaTestEnv()));
  afterAll(async () => env.close());

  it(
    'go to the dead-letter topic with the reason, and the messages after them are processed',
    async () => {
      const kafka = new Kafka({ brokers: env.brokers.split(','), clientId: 'poison-test', logLevel: logLevel.NOTHING });
      const producer = kafka.producer();
      await producer.connect();
      const withFreeText = valid('p2', 0);
      (withFreeText.payload as Record<string, unknown>).description = 'names and details do not belong on the bus';
      await producer.send({
        topic: env.publication.topic,
        messages: [
          { key: 'incident-p1', value: '{"not json' },
          { key: 'incident-p2', value: JSON.stringify(withFreeText) },
          { key: 'incident-p3', value: JSON.stringify({ ...valid('p3', 0), version: 7 }) },
          { key: 'incident-p4', value: JSON.stringify(valid('p4', 0)) },
        ],
      });
      await producer.disconnect();

      const consumer = new InboxConsumer(env.bus, env.dataSource, env.handler, quietLogger);
      await consumer.start();
      await waitFor('the valid message applied', async () => (await inboxCount(env.dataSource, env.handler.name)) === 1, 60_000);
      // At least once: a batch redelivered after a rebalance dead-letters its poison message again.
      await waitFor(
        'three dead letters',
        async () => consumer.counts.deadLettered >= 3,
        60_000,
        () => JSON.stringify(consumer.counts),
      );
      await consumer.stop();

      const dead = await readAll(kafka, deadLetterTopic(env.publication.topic), 3);
      const reasons = Object.fromEntries(dead.map((m) => [m.key, m.reason]));
      console.log('dead letters:', JSON.stringify(reasons));
      expect(reasons['incident-p1']).toMatch(/^not JSON/);
      expect(reasons['incident-p2']).toMatch(/description/);
      expect(reasons['incident-p3']).toBe('unknown contract incidents.incident-reported v7');
      expect(dead.every((m) => m.sourceTopic === env.publication.topic)).toBe(true);
      const rows = await env.dataSource.query('SELECT incident_id FROM statistics_incident_versions WHERE valid_to IS NULL');
      expect(rows).toEqual([{ incident_id: 'p4' }]);
    },
    KAFKA_TEST_TIMEOUT_MS,
  );
});

/** The first dead letter of each of `expected` distinct keys. */
async function readAll(kafka: Kafka, topic: string, expected: number) {
  const consumer = kafka.consumer({ groupId: `dlq-check-${Date.now()}` });
  const out: { key: string; reason: string; sourceTopic: string }[] = [];
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await new Promise<void>((resolve) => {
    void consumer.run({
      eachMessage: async ({ message }) => {
        const key = String(message.key);
        if (!out.some((m) => m.key === key)) out.push({ key, reason: String(message.headers?.reason), sourceTopic: String(message.headers?.['source-topic']) });
        if (out.length >= expected) resolve();
      },
    });
  });
  await consumer.disconnect();
  return out;
}
