import { randomBytes, randomUUID } from 'node:crypto';
import { PostgresEventStore, RecordedEvent } from '@vigil/event-store';
import { INCIDENT_PUBLICATION } from '@vigil/incidents';
import { EventRelay, InboxConsumer, KafkajsMessageBus, MessagingInbox1763860000060, prefixHandler, prefixPublication, topicSpecs } from '@vigil/messaging';
import { INCIDENT_FACTS_HANDLER, STATISTICS_CONTEXT } from '@vigil/statistics';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import { performance } from 'node:perf_hooks';
import { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { BenchContext, SETUP_POOL } from './bench-context';
import { createBenchDatabase } from './bench-database';
import { benchIncidentEvent } from './bench-incident-events';
import { startBenchBroker } from './kafka-broker';
import { fmtCount, fmtMs, fmtRatio, fmtReps, medianOf, renderTable } from './report-table';
import { median, percentile, sleep } from './stats';

const RELAY_EVENTS = 20_000;
const STREAMS = 2_000;
const PAGE = 500;
/** A throughput pass lasts about a second: a rep takes the median of this many of each case. */
const THROUGHPUT_PASSES = 5;
const LAG_RATE_PER_S = 100;
/** Events sent through each lag case, at its rate, before its clock runs (not counted). */
const LAG_WARM_UP = 50;
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
/** Warnings and errors to stderr: a consumer that keeps failing must say why, not leave the bench waiting in silence. */
const loud = { info: () => undefined, warn: (...a: unknown[]) => console.error('warn', ...a), error: (...a: unknown[]) => console.error('error', ...a) };

export function kafkaSteps(ctx: Pick<BenchContext, 'config'>): number {
  return 3 + ctx.config.reps * 4;
}

/** Relay throughput and store-to-consumer lag, each beside a plain kafkajs producer in the same run. */
export async function kafkaGroup(ctx: BenchContext): Promise<string[]> {
  const { progress, config } = ctx;
  progress.step('kafka: broker');
  const broker = startBenchBroker(ctx.repoRoot, (line) => progress.note(line));
  if (!broker) return ['### 5. Kafka relay: not measured\n\nNo broker: set KAFKA_BROKERS, or install Java 17+ so infra/kafka/kafka.sh can start one.\n'];
  const database = await createBenchDatabase(ctx.server, 'bench_kafka', 'vigil');
  const dataSource = await new DataSource({ type: 'postgres', url: database.url }).initialize();
  const store = new PostgresEventStore({ connectionString: database.url, pool: SETUP_POOL });
  const bus = new KafkajsMessageBus({ brokers: broker.brokers.split(','), clientId: 'vigil-bench', logger: silent, sessionTimeoutMs: 6000 });
  try {
    const runner = { query: (sql: string) => dataSource.query(sql) } as unknown as QueryRunner;
    await new MessagingInbox1763860000060().up(runner);
    // Every table the statistics consumer writes: a missing one left the lag case waiting on a consumer that failed each batch.
    for (const Migration of STATISTICS_CONTEXT.migrations) await (new Migration() as MigrationInterface).up(runner);
    progress.step(`kafka: appending ${fmtCount(RELAY_EVENTS)} incident events`);
    await fill(store);
    // A running store has planner statistics; a table filled a moment ago has none, and without them each page
    // read sorted every event after the checkpoint (40 ms a page instead of 0.5 ms): a cost of this set-up, not of the relay.
    await dataSource.query('ANALYZE event_store.events');
    const events = await readEverything(store);
    const throughput: { relay: number; plain: number }[] = [];
    const lag: { relayP50: number; relayP99: number; plainP50: number; plainP99: number; samples: number }[] = [];
    // A broker started a moment ago is a JVM still compiling its hot paths: the first lag rep measured it (p99 66-136 ms,
    // the same rep 18 ms on a broker up for two minutes). One untimed rep of each lag case first, as a running broker has had.
    progress.step('kafka: warm-up lag reps (not counted)');
    await relayLagMs(dataSource, store, bus, config.seconds * 2);
    await plainLagMs(broker.brokers, bus, config.seconds * 2);
    for (let rep = 1; rep <= config.reps; rep++) {
      progress.step(`kafka: relay and plain producer throughput, ${THROUGHPUT_PASSES} passes each, rep ${rep}/${config.reps}`);
      const relayPasses: number[] = [];
      const plainPasses: number[] = [];
      for (let pass = 0; pass < THROUGHPUT_PASSES; pass++) {
        relayPasses.push(await relayThroughput(dataSource, store, bus));
        plainPasses.push(await plainProducerThroughput(broker.brokers, bus, events));
      }
      throughput.push({ relay: median(relayPasses), plain: median(plainPasses) });
      progress.step(`kafka: relay lag, rep ${rep}/${config.reps}`);
      const relayLag = await relayLagMs(dataSource, store, bus, config.seconds * 2);
      progress.step(`kafka: plain kafkajs lag, rep ${rep}/${config.reps}`);
      const plainLag = await plainLagMs(broker.brokers, bus, config.seconds * 2);
      lag.push({
        relayP50: percentile(relayLag, 50),
        relayP99: percentile(relayLag, 99),
        plainP50: percentile(plainLag, 50),
        plainP99: percentile(plainLag, 99),
        samples: relayLag.length,
      });
    }
    const relayRate = medianOf(throughput, (t) => t.relay);
    const plainRate = medianOf(throughput, (t) => t.plain);
    return [
      renderTable(
        `5. Kafka relay throughput, ${fmtCount(RELAY_EVENTS)} events already in the store`,
        ['case', 'events/s (median)', 'reps', 'vs plain'],
        [
          [
            'EventRelay: gap-safe subscription → contracts → idempotent producer, acks all, checkpoint per page',
            fmtCount(relayRate),
            fmtReps(throughput.map((t) => t.relay)),
            fmtRatio(relayRate, plainRate),
          ],
          ['plain kafkajs producer, same messages, same settings (baseline)', fmtCount(plainRate), fmtReps(throughput.map((t) => t.plain)), 'baseline'],
        ],
        [
          `${fmtCount(RELAY_EVENTS)} events over ${fmtCount(STREAMS)} incident streams; pages of ${PAGE}; each event becomes one contract message keyed by stream id; 6 partitions, 1 replica (${broker.description}).`,
          `Each rep is the median of ${THROUGHPUT_PASSES} passes of each case, interleaved (a pass lasts about a second; single passes ranged 13,405-26,341 events/s in one run).`,
          'Relay: from an empty checkpoint until every event is acknowledged and checkpointed; it also validates every contract before sending. The store is analysed after the fill, as on a running system.',
          'Plain: the same keys, JSON values and headers, pre-built in memory, sent in batches of 500 with idempotent producer, acks -1, one request in flight.',
        ],
      ),
      renderTable(
        `6. Event store to consumer lag at ${LAG_RATE_PER_S} events/s`,
        ['case', 'p50 ms', 'p50 reps', 'p99 ms', 'p99 reps'],
        [
          [
            'append → relay → Kafka → statistics consumer (inbox + read model committed)',
            fmtMs(medianOf(lag, (l) => l.relayP50)),
            fmtReps(
              lag.map((l) => l.relayP50),
              fmtMs,
            ),
            fmtMs(medianOf(lag, (l) => l.relayP99)),
            fmtReps(
              lag.map((l) => l.relayP99),
              fmtMs,
            ),
          ],
          [
            'plain kafkajs producer → kafkajs consumer (baseline)',
            fmtMs(medianOf(lag, (l) => l.plainP50)),
            fmtReps(
              lag.map((l) => l.plainP50),
              fmtMs,
            ),
            fmtMs(medianOf(lag, (l) => l.plainP99)),
            fmtReps(
              lag.map((l) => l.plainP99),
              fmtMs,
            ),
          ],
        ],
        [
          `${config.seconds * 2} s per rep at ${LAG_RATE_PER_S}/s (${fmtCount(medianOf(lag, (l) => l.samples))} samples), one event per append to 200 streams, after ${LAG_WARM_UP} warm-up events at the same rate have gone the whole way (not counted); before the first rep, one untimed rep of each lag case warms the broker.`,
          "Relay lag: the event's recorded_at to the consumer transaction's now() in the inbox row, both on this machine's clock.",
          'Plain lag: a timestamp in the message to its arrival in eachMessage; no database on either side.',
        ],
      ),
    ];
  } finally {
    await bus.close();
    await store.close();
    await dataSource.destroy();
    await database.drop();
    progress.step('kafka: stopping the broker');
    broker.stop();
  }
}

async function fill(store: PostgresEventStore): Promise<void> {
  const ids = Array.from({ length: STREAMS }, () => randomUUID());
  const perStream = RELAY_EVENTS / STREAMS;
  for (let i = 0; i < ids.length; i += 50) {
    await Promise.all(
      ids.slice(i, i + 50).map((id) =>
        store.appendToStream(
          `incident-${id}`,
          Array.from({ length: perStream }, (_, n) => benchIncidentEvent(id, n)),
          { expectedRevision: 'no-stream' },
        ),
      ),
    );
  }
}

async function readEverything(store: PostgresEventStore): Promise<RecordedEvent[]> {
  const all: RecordedEvent[] = [];
  for (;;) {
    const page = await store.readAll({ after: all[all.length - 1]?.position, maxCount: 5000 });
    if (page.length === 0) return all;
    all.push(...page);
  }
}

function freshPrefix(): string {
  return `bench${randomBytes(3).toString('hex')}.`;
}

async function relayThroughput(dataSource: DataSource, store: PostgresEventStore, bus: KafkajsMessageBus): Promise<number> {
  const publication = { ...prefixPublication(INCIDENT_PUBLICATION, freshPrefix()), name: `relay:${randomBytes(3).toString('hex')}` };
  await bus.ensureTopics(topicSpecs([publication.topic], 1));
  const relay = new EventRelay(store, dataSource, bus, publication, { logger: silent, batchSize: PAGE });
  const t0 = performance.now();
  relay.start();
  while (relay.counts.eventsRead < RELAY_EVENTS) await sleep(5);
  const seconds = (performance.now() - t0) / 1000;
  await relay.stop();
  return RELAY_EVENTS / seconds;
}

async function plainProducerThroughput(brokers: string, bus: KafkajsMessageBus, events: RecordedEvent[]): Promise<number> {
  const topic = `${freshPrefix()}plain`;
  await bus.ensureTopics([{ topic, partitions: 6, replicationFactor: 1 }]);
  // What the relay sends, headers included: the baseline differs only in not reading, checking and checkpointing.
  const messages = events
    .flatMap((e) => INCIDENT_PUBLICATION.toMessages(e))
    .map((m) => ({ key: m.streamId, value: JSON.stringify(m), headers: { contract: m.contract, version: String(m.version), 'message-id': m.messageId } }));
  const producer = new Kafka({ brokers: brokers.split(','), clientId: 'bench-plain', logLevel: logLevel.NOTHING }).producer({
    idempotent: true,
    maxInFlightRequests: 1,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  await producer.connect();
  const t0 = performance.now();
  for (let i = 0; i < messages.length; i += PAGE) await producer.send({ topic, acks: -1, messages: messages.slice(i, i + PAGE) });
  const seconds = (performance.now() - t0) / 1000;
  await producer.disconnect();
  return messages.length / seconds;
}

async function relayLagMs(dataSource: DataSource, store: PostgresEventStore, bus: KafkajsMessageBus, seconds: number): Promise<number[]> {
  const prefix = freshPrefix();
  const publication = { ...prefixPublication(INCIDENT_PUBLICATION, prefix), name: `relay:${prefix}` };
  const handler = prefixHandler(INCIDENT_FACTS_HANDLER, prefix);
  await bus.ensureTopics(topicSpecs([publication.topic], 1));
  // Only new events: the relay starts at the head, as a long-running relay would be.
  const head = await store.headPosition(); // not by reading every event: their garbage was collected inside the measured window
  await dataSource.query('INSERT INTO projection_checkpoints (name, commit_position, prepare_position, updated_at) VALUES ($1, $2, $3, now())', [
    publication.name,
    String(head.commit),
    String(head.prepare),
  ]);
  const relay = new EventRelay(store, dataSource, bus, publication, { logger: silent, batchSize: PAGE });
  const consumer = new InboxConsumer(bus, dataSource, handler, loud);
  relay.start();
  await consumer.start();
  const count = async () => Number((await dataSource.query('SELECT count(*) AS n FROM messaging_inbox WHERE consumer = $1', [handler.name]))[0].n);
  const appendAtRate = async (streams: { id: string; next: number }[], total: number) => {
    const t0 = performance.now();
    for (let i = 0; i < total; i++) {
      const s = streams[i % streams.length];
      await store.appendToStream(`incident-${s.id}`, [benchIncidentEvent(s.id, s.next)], { expectedRevision: s.next === 0 ? 'no-stream' : s.next - 1 });
      s.next++;
      const due = t0 + ((i + 1) * 1000) / LAG_RATE_PER_S;
      if (due > performance.now()) await sleep(due - performance.now());
    }
  };
  const applied = async (total: number) => {
    const deadline = performance.now() + 120_000;
    while ((await count()) < total) {
      if (performance.now() > deadline) throw new Error(`the consumer applied ${await count()} of ${total} events within 120 s (its errors are on stderr)`);
      await sleep(50);
    }
  };
  // The clock runs once warm-up events have gone the whole way: the group has its partitions and the consumer's
  // connections and code paths are warm (a rep's first events otherwise measured a fresh process, p99 108-136 ms).
  const warmUp = [{ id: randomUUID(), next: 0 }];
  await appendAtRate(warmUp, LAG_WARM_UP);
  await applied(LAG_WARM_UP);
  const streams = Array.from({ length: 200 }, () => ({ id: randomUUID(), next: 0 }));
  const total = LAG_RATE_PER_S * seconds;
  await appendAtRate(streams, total);
  await applied(LAG_WARM_UP + total);
  await relay.stop();
  await consumer.stop();
  const rows: { ms: number }[] = await dataSource.query(
    `SELECT extract(epoch FROM (i.processed_at - e.recorded_at)) * 1000 AS ms FROM messaging_inbox i JOIN event_store.events e ON e.event_id::text = i.message_id
      WHERE i.consumer = $1 AND e.stream_id <> $2`,
    [handler.name, `incident-${warmUp[0].id}`],
  );
  return rows.map((r) => Number(r.ms));
}

async function plainLagMs(brokers: string, bus: KafkajsMessageBus, seconds: number): Promise<number[]> {
  const topic = `${freshPrefix()}plain-lag`;
  await bus.ensureTopics([{ topic, partitions: 6, replicationFactor: 1 }]);
  const kafka = new Kafka({ brokers: brokers.split(','), clientId: 'bench-plain-lag', logLevel: logLevel.NOTHING });
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner });
  const consumer = kafka.consumer({ groupId: `${topic}-group`, sessionTimeout: 6000, heartbeatInterval: 600 });
  const lags: number[] = [];
  await producer.connect();
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({ eachMessage: async ({ message }) => void lags.push(Date.now() - Number(message.value!.toString().slice(0, 13))) });
  const sendAtRate = async (total: number) => {
    const t0 = performance.now();
    for (let i = 0; i < total; i++) {
      await producer.send({ topic, acks: -1, messages: [{ key: `incident-${i % 200}`, value: `${Date.now()}`.padEnd(13, '0') + JSON.stringify({ i }) }] });
      const due = t0 + ((i + 1) * 1000) / LAG_RATE_PER_S;
      if (due > performance.now()) await sleep(due - performance.now());
    }
  };
  // The same warm-up as the relay's: the clock runs once warm-up messages have arrived.
  await sendAtRate(LAG_WARM_UP);
  const deadline = performance.now() + 120_000;
  while (lags.length < LAG_WARM_UP) {
    if (performance.now() > deadline) throw new Error(`the plain consumer received ${lags.length} of ${LAG_WARM_UP} warm-up messages within 120 s`);
    await sleep(50);
  }
  lags.length = 0;
  const total = LAG_RATE_PER_S * seconds;
  await sendAtRate(total);
  while (lags.length < total) await sleep(50);
  await consumer.disconnect();
  await producer.disconnect();
  return lags;
}
