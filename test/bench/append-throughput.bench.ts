import { PostgresEventStore } from '@vigil/event-store';
import { join } from 'node:path';
import { BenchContext } from './bench-context';
import { BenchDatabase, checkpoint, createBenchDatabase, newPool, resetEventStore, withClient } from './bench-database';
import { BENCH_DATA_BYTES, benchData, benchNewEvent, HISTORY_EVENTS, streamFor } from './bench-events';
import { ClosedLoopResult, runClosedLoop } from './closed-loop';
import { EmmettChild, emmettDirectory, ensureEmmettInstalled } from './emmett-peer';
import { fillRawHistory, fillVigilHistory } from './history';
import { CREATE_RAW_EVENTS_SQL, rawInsert } from './raw-events';
import { fmtCount, fmtMs, fmtPercent, fmtRatio, fmtReps, medianOf, renderTable } from './report-table';

type Store = 'vigil' | 'raw' | 'emmett';

const LABELS: Record<Store, string> = {
  vigil: 'Vigil PostgresEventStore.appendToStream',
  raw: 'raw pg single-row INSERT (baseline)',
  emmett: 'Emmett appendToStream (own process)',
};

export function appendThroughputSteps(ctx: Pick<BenchContext, 'config'>): number {
  return ctx.config.reps * ctx.config.writerCounts.length * 3;
}

/**
 * Appends/s with 1 and 8 writers, one event per append and per transaction, 10 events per stream,
 * expected revision 'any'. Reps are interleaved (each rep runs every case) so drift hits all alike.
 * Every case starts from the same state: a table emptied, then holding 10,000 events of history
 * (10 per append), VACUUM ANALYZEd, then a CHECKPOINT.
 */
export async function appendThroughput(ctx: BenchContext): Promise<string> {
  const { config, progress, server } = ctx;
  const warmupMs = config.warmupSeconds * 1000;
  const measureMs = config.seconds * 1000;
  const results = new Map<string, ClosedLoopResult[]>();
  const errors = new Map<Store, string>();
  const key = (store: Store, writers: number) => `${store}/${writers}`;

  const database = await createBenchDatabase(server, 'bench_append', 'vigil');
  let emmettDatabase: BenchDatabase | null = null;
  let emmett: EmmettChild | null = null;
  try {
    await withClient(database.url, (client) => client.query(CREATE_RAW_EVENTS_SQL));
    const emmettDir = emmettDirectory(ctx.repoRoot);
    const notInstalled = ensureEmmettInstalled(emmettDir, (line) => progress.note(line));
    if (notInstalled) errors.set('emmett', notInstalled);
    else {
      try {
        emmettDatabase = await createBenchDatabase(server, 'bench_emmett', 'empty');
        emmett = await EmmettChild.start(join(__dirname, 'emmett-append.child.js'), emmettDir, emmettDatabase.url);
      } catch (error) {
        errors.set('emmett', `failed to start: ${(error as Error).message.split('\n')[0]}`);
      }
    }

    const cases: Record<Store, (writers: number) => Promise<ClosedLoopResult>> = {
      vigil: async (writers) => {
        await resetEventStore(database.url);
        await fillVigilHistory(database.url);
        await checkpoint(database.url);
        const store = new PostgresEventStore({ connectionString: database.url });
        try {
          return await runClosedLoop({
            writers,
            warmupMs,
            measureMs,
            op: (w, seq) => store.appendToStream(streamFor('v', w, seq).streamId, [benchNewEvent()], { expectedRevision: 'any' }),
          });
        } finally {
          await store.close();
        }
      },
      raw: async (writers) => {
        await withClient(database.url, (client) => client.query('TRUNCATE raw_events RESTART IDENTITY'));
        await fillRawHistory(database.url);
        await checkpoint(database.url);
        const pool = newPool({ connectionString: database.url, max: writers });
        try {
          return await runClosedLoop({
            writers,
            warmupMs,
            measureMs,
            op: (w, seq) => {
              const { streamId, revision } = streamFor('r', w, seq);
              return rawInsert(pool, streamId, revision, benchData());
            },
          });
        } finally {
          await pool.end();
        }
      },
      emmett: async (writers) => {
        if (!emmett) throw new Error('not running');
        return emmett.run(writers, warmupMs, measureMs); // the child truncates, writes the history, analyses and checkpoints
      },
    };

    for (let rep = 1; rep <= config.reps; rep++) {
      for (const writers of config.writerCounts) {
        for (const store of ['vigil', 'raw', 'emmett'] as const) {
          progress.step(`appends: ${store}, ${writers} writer(s), rep ${rep}/${config.reps}`);
          if (!errors.has(store)) {
            try {
              const result = await cases[store](writers);
              results.set(key(store, writers), [...(results.get(key(store, writers)) ?? []), result]);
            } catch (error) {
              if (store !== 'emmett') throw error; // Vigil or the baseline failing fails the group
              errors.set(store, `failed: ${(error as Error).message.split('\n')[0]}`);
            }
          }
          progress.tick();
        }
      }
    }
  } finally {
    await emmett?.close().catch(() => undefined);
    await database.drop().catch(() => undefined);
    await emmettDatabase?.drop().catch(() => undefined);
  }

  const rows: string[][] = [];
  for (const writers of config.writerCounts) {
    const baseline = medianOf(results.get(key('raw', writers)) ?? [], (r) => r.perSecond);
    for (const store of ['vigil', 'raw', 'emmett'] as const) {
      const reps = results.get(key(store, writers)) ?? [];
      if (reps.length === 0) {
        rows.push([LABELS[store], String(writers), errors.get(store) ?? 'n/a', '', '', '', '', '']);
        continue;
      }
      const perSecond = medianOf(reps, (r) => r.perSecond);
      rows.push([
        LABELS[store],
        String(writers),
        fmtCount(perSecond),
        fmtReps(reps.map((r) => r.perSecond)),
        `${fmtMs(medianOf(reps, (r) => r.p50))} / ${fmtMs(medianOf(reps, (r) => r.p99))}`,
        store === 'raw' ? 'baseline' : fmtRatio(perSecond, baseline),
        fmtPercent(medianOf(reps, (r) => r.cpuBusy ?? Number.NaN)),
        errors.has(store) ? errors.get(store)! : '',
      ]);
    }
  }
  return renderTable(
    '1. Appends per second, one event per append (one transaction each)',
    ['case', 'writers', 'events/s (median)', 'reps', 'p50 / p99 ms', 'vs raw', 'CPU busy', 'note'],
    rows,
    [
      `${config.warmupSeconds} s warm-up + ${config.seconds} s measured per case; ${config.reps} reps, interleaved. Each case starts on its store's emptied table refilled with ${fmtCount(HISTORY_EVENTS)} events of history (10 per append), VACUUM ANALYZE, CHECKPOINT, new connections.`,
      `Event data ${BENCH_DATA_BYTES} bytes of JSON; each writer owns its streams, 10 events per stream; expected revision 'any' (Emmett: none given).`,
      'Raw: `INSERT ... RETURNING global_position` into an equal table (bigserial PK, unique event_id, unique (stream_id, revision)), named prepared statement, autocommit, pg.Pool of <writers> connections.',
      `Emmett${emmett ? ` ${emmett.version}` : ''}: getPostgreSQLEventStore(url).appendToStream(stream, [event]) in a forked process with its own database on the same server.`,
      'p50/p99 are per append, the median of the reps; CPU busy is the whole machine (load generator and PostgreSQL share the cores).',
    ],
  );
}
