import { ContractHandler, EventRelay, InboxConsumer } from '@vigil/messaging';
import { inboxCount, waitFor } from './support/delivery-check';
import { appendTraffic } from './support/incident-traffic';
import { KafkaTestEnv, openKafkaTestEnv, quietLogger } from './support/kafka-test-env';

const KAFKA_TEST_TIMEOUT_MS = 300_000;

/** Operators see how far a consumer is behind the broker (`vigil_consumer_lag_messages`): the consumer counts it per partition. */
describe("a consumer's lag behind the broker", () => {
  let env: KafkaTestEnv;
  beforeAll(async () => (env = await openKafkaTestEnv()), KAFKA_TEST_TIMEOUT_MS);
  const running: { stop(): Promise<void> }[] = [];
  afterAll(async () => {
    for (const part of running) await part.stop();
    await env?.close();
  }, KAFKA_TEST_TIMEOUT_MS);

  it(
    'is the number of published contracts not yet applied, and 0 once all are',
    async () => {
      const relay = new EventRelay(env.store, env.dataSource, env.bus, env.publication, { logger: quietLogger, batchSize: 500 });
      const traffic = await appendTraffic(env.store, 40, 5, 0); // 200 contracts on one partition
      relay.start();
      running.push(relay);
      // Hold the consumer at its 50th contract until the test has read the lag.
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      let seen = 0;
      let reachedHold: () => void = () => undefined;
      const atHold = new Promise<void>((resolve) => (reachedHold = resolve));
      const handler: ContractHandler = {
        ...env.handler,
        async handle(message, manager) {
          if (++seen === 50) {
            reachedHold();
            await held;
          }
          await env.handler.handle(message, manager);
        },
      };
      await waitFor('every event relayed to the broker', async () => relay.counts.eventsRead >= traffic.eventIds.length);
      const total = relay.counts.messagesSent;
      const consumer = new InboxConsumer(env.bus, env.dataSource, handler, quietLogger);
      running.unshift(consumer);
      await consumer.start();
      await atHold;
      // Held mid-partition: at least the held one and the rest of its fetch are left, never more than were sent.
      const whileHeld = consumer.lag();
      expect(whileHeld).toBeGreaterThan(0);
      expect(whileHeld).toBeLessThanOrEqual(total - 49);
      release();
      await waitFor('every contract applied', async () => (await inboxCount(env.dataSource, handler.name)) >= total);
      expect(consumer.lag()).toBe(0);
    },
    KAFKA_TEST_TIMEOUT_MS,
  );
});
