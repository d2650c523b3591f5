import { EVENT_COLUMNS, PostgresEventStore } from '@vigil/event-store';
import { performance } from 'node:perf_hooks';
import { BenchContext, SETUP_POOL } from './bench-context';
import { createBenchDatabase, newPool, withClient } from './bench-database';
import { benchData, benchNewEvent } from './bench-events';
import { appendVigilSetup } from './history';
import { CREATE_RAW_EVENTS_SQL, rawInsertMany } from './raw-events';
import { fmtCount, fmtMs, fmtRatio, fmtReps, medianOf, renderTable } from './report-table';
import { percentile } from './stats';

const STREAMS = 10;
const PER_APPEND = 10;
const WARMUP_READS = 20;
const RAW_READ = 'SELECT global_position, event_id, stream_id, revision, type, data, metadata FROM raw_events WHERE stream_id = $1 ORDER BY revision';
/** What readStream's rows hold, read by plain pg: tells Vigil's own cost from the cost of the columns it carries. */
const SAME_COLUMNS_READ = `SELECT ${EVENT_COLUMNS} FROM event_store.events WHERE stream_id = $1 ORDER BY stream_revision`;

interface ReadRep {
  readonly p50: number;
  readonly p99: number;
  readonly perSecond: number;
}

export function streamReadSteps(ctx: Pick<BenchContext, 'config'>): number {
  return 1 + ctx.config.reps * 3;
}

/**
 * Reads one stream of 1,000 events. Ten such streams are written round-robin, ten events per append,
 * into both tables (so a stream's rows are spread as in a live store); reads rotate over them.
 */
export async function streamRead(ctx: BenchContext): Promise<string> {
  const { config, progress, server } = ctx;
  const length = config.streamLength;
  const database = await createBenchDatabase(server, 'bench_read', 'vigil');
  const vigil: ReadRep[] = [];
  const raw: ReadRep[] = [];
  const sameColumns: ReadRep[] = [];
  try {
    progress.step(`stream read: writing ${STREAMS} streams x ${fmtCount(length)} events to each store`);
    await withClient(database.url, (client) => client.query(CREATE_RAW_EVENTS_SQL));
    const appendsPerStream = Math.ceil(length / PER_APPEND);
    await appendVigilSetup(database.url, STREAMS * appendsPerStream, (i) => ({
      streamId: `read-s${i % STREAMS}`,
      events: Array.from({ length: Math.min(PER_APPEND, length - Math.floor(i / STREAMS) * PER_APPEND) }, benchNewEvent),
    }));
    const setupPool = newPool({ connectionString: database.url, ...SETUP_POOL });
    try {
      for (let from = 0; from < length; from += PER_APPEND) {
        const count = Math.min(PER_APPEND, length - from);
        for (let s = 0; s < STREAMS; s++) await rawInsertMany(setupPool, `read-s${s}`, from, Array.from({ length: count }, benchData));
      }
    } finally {
      await setupPool.end();
    }
    await withClient(database.url, async (client) => {
      await client.query('VACUUM ANALYZE event_store.events');
      await client.query('VACUUM ANALYZE raw_events');
    });
    progress.tick();

    const store = new PostgresEventStore({ connectionString: database.url });
    const pool = newPool({ connectionString: database.url });
    const readVigil = async (i: number) => {
      const events = await store.readStream(`read-s${i % STREAMS}`);
      if (events.length !== length) throw new Error(`readStream returned ${events.length} events, expected ${length}`);
    };
    const plainRead = (sql: string) => async (i: number) => {
      const { rowCount } = await pool.query(sql, [`read-s${i % STREAMS}`]);
      if (rowCount !== length) throw new Error(`plain read returned ${rowCount} rows, expected ${length}`);
    };
    const readRaw = plainRead(RAW_READ);
    const readSameColumns = plainRead(SAME_COLUMNS_READ);
    const measure = async (read: (i: number) => Promise<void>): Promise<ReadRep> => {
      const latencies: number[] = [];
      const started = performance.now();
      for (let i = 0; i < config.readsPerRep; i++) {
        const t0 = performance.now();
        await read(i);
        latencies.push(performance.now() - t0);
      }
      const seconds = (performance.now() - started) / 1000;
      return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), perSecond: config.readsPerRep / seconds };
    };
    try {
      for (let i = 0; i < WARMUP_READS; i++) {
        await readVigil(i);
        await readRaw(i);
        await readSameColumns(i);
      }
      for (let rep = 1; rep <= config.reps; rep++) {
        progress.step(`stream read: Vigil readStream, rep ${rep}/${config.reps}`);
        vigil.push(await measure(readVigil));
        progress.tick();
        progress.step(`stream read: raw SELECT, rep ${rep}/${config.reps}`);
        raw.push(await measure(readRaw));
        progress.tick();
        progress.step(`stream read: plain SELECT of readStream's columns, rep ${rep}/${config.reps}`);
        sameColumns.push(await measure(readSameColumns));
        progress.tick();
      }
    } finally {
      await store.close();
      await pool.end();
    }
  } finally {
    await database.drop().catch(() => undefined);
  }

  const baselineP50 = medianOf(raw, (r) => r.p50);
  const sameColumnsP50 = medianOf(sameColumns, (r) => r.p50);
  const row = (label: string, reps: ReadRep[], isBaseline: boolean, vsSameColumns: boolean) => {
    const p50 = medianOf(reps, (r) => r.p50);
    const readsPerSecond = medianOf(reps, (r) => r.perSecond);
    return [
      label,
      fmtMs(p50),
      fmtReps(
        reps.map((r) => r.p50),
        fmtMs,
      ),
      fmtMs(medianOf(reps, (r) => r.p99)),
      fmtReps(
        reps.map((r) => r.p99),
        fmtMs,
      ),
      fmtCount(readsPerSecond),
      fmtCount(readsPerSecond * length),
      isBaseline ? 'baseline' : `${fmtRatio(p50, baselineP50)} of raw time`,
      vsSameColumns ? `${fmtRatio(p50, sameColumnsP50)} of its time` : '',
    ];
  };
  return renderTable(
    `2. Read one stream of ${fmtCount(length)} events`,
    ['read', 'p50 ms', 'p50 reps', 'p99 ms', 'p99 reps', 'reads/s', 'events/s', 'p50 vs raw', 'p50 vs same columns'],
    [
      row('Vigil PostgresEventStore.readStream', vigil, false, true),
      row('raw SELECT ... WHERE stream_id=$1 ORDER BY revision (baseline)', raw, true, false),
      row("plain pg SELECT of readStream's 10 columns from event_store.events", sameColumns, false, false),
    ],
    [
      `${config.readsPerRep} sequential reads per rep, ${config.reps} reps, after ${WARMUP_READS} warm-up reads; reads rotate over ${STREAMS} streams written round-robin, ${PER_APPEND} events per append (rows of one stream spread over the heap); VACUUM ANALYZE before reading.`,
      'All return parsed jsonb data and metadata; Vigil also maps each row to a RecordedEvent (BigInt positions, hash hex).',
      "The third read is plain pg (objects, its own type parsers) over the columns readStream returns: the commit position and the chain's two hashes make each row about 140 bytes wider than the raw table's, and the event table's wider rows spread a stream over about twice the pages.",
    ],
  );
}
