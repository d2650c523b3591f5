import { EventRelay, InboxConsumer } from '@vigil/messaging';
import { checkDelivery, inboxCount, waitFor } from './support/delivery-check';
import { appendTraffic } from './support/incident-traffic';
import { KafkaTestEnv, openKafkaTestEnv, quietLogger } from './support/kafka-test-env';
import { ServiceProcess } from './support/service-process';

/** Processes start, die and restart, and the broker restarts: minutes, not jest's default 60 s. */
const KAFKA_TEST_TIMEOUT_MS = 300_000;

const random = (min: number, max: number) => min + Math.floor(Math.random() * (max - min));

describe('relay killed with SIGKILL at random points', () => {
  let env: KafkaTestEnv;
  beforeAll(async () => (env = await openKafkaTestEnv()));
  afterAll(async () => env.close());

  it(
    'delivers every event with one effect each, in per-stream order',
    async () => {
      const consumer = new InboxConsumer(env.bus, env.dataSource, env.handler, quietLogger);
      await consumer.start();
      const relay = new ServiceProcess('apps/relay/src/main.ts', { ...env.serviceEnv, RELAY_BATCH_SIZE: '50' });
      const writing = appendTraffic(env.store, 60, 25, 40); // 1,500 events over ~2-4 s, while the relay dies
      for (let kill = 0; kill < 6; kill++) {
        await relay.start();
        await new Promise((r) => setTimeout(r, random(100, 1200)));
        await relay.kill();
      }
      const traffic = await writing;
      await relay.start();
      await waitFor(
        'every event applied by the consumer',
        async () => (await inboxCount(env.dataSource, env.handler.name)) >= traffic.eventIds.length,
        150_000,
        async () =>
          `inbox ${await inboxCount(env.dataSource, env.handler.name)} of ${traffic.eventIds.length}; consumer ${JSON.stringify(consumer.counts)}; relay log:\n${relay.log.slice(-3000)}`,
      );
      await relay.stop();
      await consumer.stop();

      const report = await checkDelivery(env.dataSource, env.brokers, env.publication.topic, env.handler.name, traffic);
      console.log(`relay SIGKILL x${relay.kills}:`, JSON.stringify(report));
      expect(relay.kills).toBe(6);
      expect(report).toMatchObject({ missing: 0, orderViolationsOnTopic: 0, anomaliesInReadModel: 0, readModelMismatches: 0 });
      expect(report.appliedOnce).toBe(traffic.eventIds.length);
    },
    KAFKA_TEST_TIMEOUT_MS,
  );
});

describe('statistics consumer killed with SIGKILL mid-batch', () => {
  let env: KafkaTestEnv;
  beforeAll(async () => (env = await openKafkaTestEnv()));
  afterAll(async () => env.close());

  it(
    'redelivery after each kill changes nothing twice',
    async () => {
      const relay = new EventRelay(env.store, env.dataSource, env.bus, env.publication, { logger: quietLogger, batchSize: 200 });
      relay.start();
      const consumer = new ServiceProcess('apps/statistics/src/main.ts', env.serviceEnv);
      // Traffic for 10-15 s, so the kills land while it flows; each kill waits for the consumer to apply something after its
      // start (a condition, not a time: joining the group takes 1-5 s on a busy machine, and a fast consumer drains a fixed
      // wait's backlog before it ends), so it dies in the middle of the backlog it fetched.
      const writing = appendTraffic(env.store, 80, 25, 400);
      let killedMidStream = 0;
      for (let kill = 0; kill < 4; kill++) {
        await consumer.start();
        const atStart = await inboxCount(env.dataSource, env.handler.name);
        await waitFor('the consumer applying messages after its start', async () => (await inboxCount(env.dataSource, env.handler.name)) > atStart, 60_000);
        const before = await inboxCount(env.dataSource, env.handler.name);
        await consumer.kill();
        if (before < 2000) killedMidStream++;
      }
      const traffic = await writing;
      await consumer.start();
      await waitFor(
        'every event applied by the consumer',
        async () => (await inboxCount(env.dataSource, env.handler.name)) >= traffic.eventIds.length,
        150_000,
        async () =>
          `inbox ${await inboxCount(env.dataSource, env.handler.name)} of ${traffic.eventIds.length}; relay ${JSON.stringify(relay.counts)}; consumer log:\n${consumer.log.slice(-3000)}`,
      );
      await consumer.stop();
      await relay.stop();

      const report = await checkDelivery(env.dataSource, env.brokers, env.publication.topic, env.handler.name, traffic);
      console.log(`consumer SIGKILL x${consumer.kills} (${killedMidStream} while messages were flowing):`, JSON.stringify(report));
      expect(killedMidStream).toBeGreaterThan(0);
      expect(report).toMatchObject({ missing: 0, duplicatesOnTopic: 0, orderViolationsOnTopic: 0, anomaliesInReadModel: 0, readModelMismatches: 0 });
      expect(report.appliedOnce).toBe(traffic.eventIds.length);
    },
    KAFKA_TEST_TIMEOUT_MS,
  );
});
