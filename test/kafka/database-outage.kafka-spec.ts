import { PostgresEventStore } from '@vigil/event-store';
import { INCIDENT_PUBLICATION } from '@vigil/incidents';
import { KafkajsMessageBus, prefixHandler, prefixPublication, topicSpecs } from '@vigil/messaging';
import { MIGRATIONS } from '@vigil/platform';
import { ensureDatabase, withDatabase } from '@vigil/postgres';
import { INCIDENT_FACTS_HANDLER } from '@vigil/statistics';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { DataSource } from 'typeorm';
import { OwnPostgres } from '../support/own-postgres';
import { queryOnce } from '../support/read-model-lag';
import { freePort, VigilProcess } from '../support/vigil-process';
import { checkDelivery, waitFor } from './support/delivery-check';
import { appendTraffic, Traffic } from './support/incident-traffic';
import { quietLogger } from './support/kafka-test-env';

const KAFKA_TEST_TIMEOUT_MS = 600_000;
const CYCLES = 3;
/** The least each outage lasts: a blip, a few seconds, and longer than the longest back-off. */
const OUTAGE_MS = [0, 3_000, 7_000];
/** What a process logs when it finds the database gone (the outage line names the error). */
const LOST_DATABASE = /ECONNREFUSED|57P0[13]|terminating connection|Connection terminated|database unreachable/;

/**
 * The relay and the statistics service, each its own process, while their database is stopped (fast
 * shutdown) and started again three times in the middle of a stream: neither exits, the relay takes its
 * lease again on a new connection, the consumer holds its message until the database answers, and every
 * event still arrives with one effect, in per-stream order.
 */
describe('the database stopped and started again under the relay and the statistics consumer', () => {
  let pg: OwnPostgres;
  let url: string;
  let store: PostgresEventStore;
  let bus: KafkajsMessageBus;
  const processes: VigilProcess[] = [];

  beforeAll(async () => {
    pg = new OwnPostgres(join(__dirname, '../../.data', `outage-kafka-${process.pid}-${randomBytes(4).toString('hex')}`), await freePort());
    const adminUrl = await pg.start();
    await ensureDatabase(adminUrl, 'vigil');
    url = withDatabase(adminUrl, 'vigil');
    const migrations = await new DataSource({ type: 'postgres', url, migrations: MIGRATIONS, migrationsTransactionMode: 'each' }).initialize();
    await migrations.runMigrations();
    await migrations.destroy();
    store = new PostgresEventStore({ connectionString: url, logger: { warn: () => undefined, log: () => undefined } });
  }, 180_000);

  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop()));
    await bus?.close();
    await store?.close();
    await pg?.destroy();
  }, 120_000);

  it(
    `keeps both processes up and delivers every event once (${CYCLES} restarts mid-stream)`,
    async () => {
      const brokers = process.env.VIGIL_TEST_KAFKA_BROKERS!;
      const prefix = `t${randomBytes(4).toString('hex')}.`;
      const publication = prefixPublication(INCIDENT_PUBLICATION, prefix);
      const handler = prefixHandler(INCIDENT_FACTS_HANDLER, prefix);
      bus = new KafkajsMessageBus({ brokers: brokers.split(','), clientId: 'vigil-outage-test', logger: quietLogger });
      await bus.ensureTopics(topicSpecs([publication.topic], 1));
      const env = {
        DATABASE_URL: url,
        KAFKA_BROKERS: brokers,
        KAFKA_TOPIC_PREFIX: prefix,
        KAFKA_SESSION_TIMEOUT_MS: '6000',
        VIGIL_RUN_MIGRATIONS: 'false',
        LOG_LEVEL: 'info',
      };
      const relay = new VigilProcess('relay', 'apps/relay/src/main.ts', { ...env, RELAY_BATCH_SIZE: '50' });
      const statistics = new VigilProcess('statistics', 'apps/statistics/src/main.ts', env);
      processes.push(relay, statistics);
      await Promise.all([
        relay.start(async () => relay.count(/relay running/) > 0),
        statistics.start(async () => statistics.count(/statistics consumer running/) > 0),
      ]);
      const died = () => processes.flatMap((p) => p.unexpectedExits)[0];
      const applied = async () =>
        Number((await queryOnce<{ n: string }>(url, 'SELECT count(*) AS n FROM messaging_inbox WHERE consumer = $1', [handler.name]))[0].n);
      const check = (what: string, condition: () => Promise<boolean>, timeoutMs: number) =>
        waitFor(
          what,
          async () => {
            if (died()) throw new Error(`${died()} while waiting for ${what}`);
            return condition().catch(() => false);
          },
          timeoutMs,
          async () => [await progressOf(url, brokers, publication, handler.name), ...processes.map((p) => `--- ${p.name}:\n${p.tail(2000)}`)].join('\n'),
        );

      let traffic: Traffic | undefined;
      const cycles: { outageSeconds: number; appliedWhenStopped: number; of: number; seconds: number }[] = [];
      for (let cycle = 1; cycle <= CYCLES; cycle++) {
        const before = await applied();
        traffic = await appendTraffic(store, 100, 10, 0, traffic); // a burst of 1,000 events; the consumer applies one transaction each
        const total = traffic.eventIds.length;
        await check('the consumer in the middle of the burst', async () => (await applied()) > before, 120_000);
        const appliedWhenStopped = await applied();
        const said = relay.count(LOST_DATABASE);
        await pg.stop(); // fast shutdown under the relay's sends and the consumer's inbox transactions
        const down = Date.now();
        // Each outage outlasts a longer stretch of the processes' back-off (the last one its 5 s bound), and they noticed it.
        await check('the relay noticing', async () => relay.count(LOST_DATABASE) > said && Date.now() - down >= OUTAGE_MS[cycle - 1], 60_000);
        await pg.start();
        const back = Date.now();
        await check('every event applied after the restart', async () => (await applied()) >= total, 180_000);
        cycles.push({
          outageSeconds: Math.round((back - down) / 100) / 10,
          appliedWhenStopped: appliedWhenStopped - before,
          of: total - before,
          seconds: Math.round((Date.now() - back) / 100) / 10,
        });
      }

      const exited = processes.flatMap((p) => [...p.unexpectedExits, ...p.unhandledErrors]);
      const outageLines = Object.fromEntries(processes.map((p) => [p.name, p.count(/the database unreachable/)]));
      const dataSource = await new DataSource({ type: 'postgres', url }).initialize();
      try {
        const report = await checkDelivery(dataSource, brokers, publication.topic, handler.name, traffic!);
        console.log(
          `database outage under relay and statistics consumer (${CYCLES} fast shutdowns):`,
          JSON.stringify({ processesExitedOrUnhandled: exited.length, cycles, outageLines, ...report }),
        );
        expect(exited).toEqual([]);
        expect(outageLines.statistics).toBeGreaterThan(0); // the consumer met the outage mid-stream, held its message and went on
        expect(report).toMatchObject({ missing: 0, orderViolationsOnTopic: 0, anomaliesInReadModel: 0, readModelMismatches: 0 });
        expect(report.appliedOnce).toBe(traffic!.eventIds.length);
      } finally {
        await dataSource.destroy();
      }
    },
    KAFKA_TEST_TIMEOUT_MS,
  );
});

/** How far each hop got, for a timeout's message: the store's head, the relay's checkpoint, the topic's end, the group's offsets, the inbox. */
async function progressOf(url: string, brokers: string, publication: { name: string; topic: string }, group: string): Promise<string> {
  const facts: string[] = [];
  const sql = async (label: string, text: string, params: unknown[] = []) =>
    facts.push(
      `${label}: ${await queryOnce(url, text, params).then(
        (rows) => JSON.stringify(rows[0]),
        (error: Error) => `unreadable (${error.message})`,
      )}`,
    );
  await sql(
    'event store head',
    'SELECT max(transaction_id)::text AS commit, max(global_position)::text AS prepare, count(*)::int AS events FROM event_store.events',
  );
  await sql(
    'relay checkpoint',
    'SELECT commit_position::text AS commit, prepare_position::text AS prepare, updated_at FROM projection_checkpoints WHERE name = $1',
    [publication.name],
  );
  await sql(
    'inbox',
    'SELECT count(*)::int AS applied, max("offset")::text AS "highest offset", max(processed_at) AS last FROM messaging_inbox WHERE consumer = $1',
    [group],
  );
  const admin = new Kafka({ brokers: brokers.split(','), clientId: 'outage-progress', logLevel: logLevel.NOTHING }).admin();
  try {
    await admin.connect();
    const ends = await admin.fetchTopicOffsets(publication.topic);
    const committed = await admin.fetchOffsets({ groupId: group, topics: [publication.topic] });
    const { groups } = await admin.describeGroups([group]);
    facts.push(`topic end offsets: ${ends.map((p) => `${p.partition}:${p.high}`).join(' ')}`);
    facts.push(
      `group offsets: ${committed.flatMap((t) => t.partitions.map((p) => `${p.partition}:${p.offset}`)).join(' ')}; group ${groups[0]?.state}, ${groups[0]?.members.length ?? 0} member(s)`,
    );
  } catch (error) {
    facts.push(`kafka unreadable (${(error as Error).message})`);
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
  return `--- progress:\n${facts.join('\n')}`;
}
