import { EventRelay, InboxConsumer } from '@vigil/messaging';
import { brokerScript } from '../support/kafka-global-setup';
import { checkDelivery, inboxCount, waitFor } from './support/delivery-check';
import { appendTraffic } from './support/incident-traffic';
import { KafkaTestEnv, openKafkaTestEnv, quietLogger } from './support/kafka-test-env';

/** Processes start, die and restart, and the broker restarts: minutes, not jest's default 60 s. */
const KAFKA_TEST_TIMEOUT_MS = 300_000;

describe('broker stopped while events flow, then started again', () => {
  let env: KafkaTestEnv;
  beforeAll(async () => {
    if (process.env.VIGIL_TEST_KAFKA_OWNED !== '1') {
      throw new Error(
        'This test stops and starts the broker, so it needs the one the suite starts itself: unset KAFKA_BROKERS (Java 17+ runs infra/kafka/kafka.sh).',
      );
    }
    env = await openKafkaTestEnv();
  }, KAFKA_TEST_TIMEOUT_MS);
  afterAll(async () => env?.close());

  it(
    'loses nothing and applies nothing twice',
    async () => {
      const relay = new EventRelay(env.store, env.dataSource, env.bus, env.publication, { logger: quietLogger, batchSize: 100, retryDelayMs: 500 });
      const consumer = new InboxConsumer(env.bus, env.dataSource, env.handler, quietLogger);
      relay.start();
      await consumer.start();
      const traffic = await appendTraffic(env.store, 50, 10, 20);
      await waitFor('the first events through', async () => (await inboxCount(env.dataSource, env.handler.name)) > 0);

      const down = Date.now();
      brokerScript('stop');
      await appendTraffic(env.store, 50, 10, 50, traffic); // written while no broker answers
      const failuresWhileDown = relay.counts.sendFailures;
      brokerScript('start');
      const outageMs = Date.now() - down;
      await appendTraffic(env.store, 50, 10, 20, traffic);

      await waitFor('every event applied after the restart', async () => (await inboxCount(env.dataSource, env.handler.name)) >= traffic.eventIds.length);
      await relay.stop();
      await consumer.stop();
      const report = await checkDelivery(env.dataSource, env.brokers, env.publication.topic, env.handler.name, traffic);
      console.log(
        `broker stop/start (outage ${outageMs} ms; relay held up ${relay.counts.longestSendMs} ms, send failures ${relay.counts.sendFailures}, ${failuresWhileDown} while down; consumer ${JSON.stringify(consumer.counts)}):`,
        JSON.stringify(report),
      );
      expect(relay.counts.longestSendMs).toBeGreaterThan(2000); // the outage was real: a page waited for the broker
      expect(report).toMatchObject({ missing: 0, orderViolationsOnTopic: 0, anomaliesInReadModel: 0, readModelMismatches: 0 });
      expect(report.appliedOnce).toBe(traffic.eventIds.length);
    },
    KAFKA_TEST_TIMEOUT_MS,
  );
});
