import { comparePositions, PostgresEventStore, Position, START } from '@vigil/event-store';
import { ProjectionRunner, readCheckpoint } from '@vigil/projections';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { BenchContext } from './bench-context';
import { createBenchDatabase, withClient } from './bench-database';
import { benchNewEvent, EVENTS_PER_STREAM } from './bench-events';
import { appendVigilSetup } from './history';
import { readModelVisibility, readModelVisibilitySteps } from './read-model-visibility.bench';
import { fmtCount, fmtMs, fmtRatio, fmtReps, medianOf, renderTable } from './report-table';
import { sleep } from './stats';
import { BatchedStreamCountsProjection, CREATE_BENCH_STREAM_COUNTS_SQL, StreamCountsProjection } from './stream-counts.projection';

const CHECKPOINT_POLL_MS = 10;
/** A page-writing catch-up and its plain read last about 0.3-0.6 s: a rep takes the median of this many passes of each, interleaved. */
const PASSES = 5;
const CATCH_UP_TIMEOUT_MS = 300_000;

interface CatchUpRep {
  readonly events: number;
  readonly seconds: number;
  readonly perSecond: number;
}

export function projectionSteps(ctx: Pick<BenchContext, 'config'>): number {
  return 1 + ctx.config.reps * 2 + readModelVisibilitySteps(ctx);
}

/**
 * Projection catch-up (measurement 3) and, on the same database with the same projection now
 * live, append-to-read-model visibility (measurement 4). Returns both tables.
 */
export async function projectionGroup(ctx: BenchContext): Promise<string[]> {
  const { config, progress, server } = ctx;
  const total = config.catchUpEvents;
  const database = await createBenchDatabase(server, 'bench_projection', 'vigil');
  const plain: CatchUpRep[] = [];
  const runnerReps: CatchUpRep[] = [];
  const batchedReps: CatchUpRep[] = [];
  const projection = new StreamCountsProjection();
  const batched = new BatchedStreamCountsProjection();
  let dataSource: DataSource | null = null;
  let store: PostgresEventStore | null = null;
  const tables: string[] = [];
  try {
    progress.step(`projection: appending ${fmtCount(total)} events to ${fmtCount(config.catchUpStreams)} streams`);
    await withClient(database.url, (client) => client.query(CREATE_BENCH_STREAM_COUNTS_SQL));
    const appends = Math.ceil(total / EVENTS_PER_STREAM);
    await appendVigilSetup(database.url, appends, (i) => ({
      streamId: `bench-cu${i % config.catchUpStreams}`,
      events: Array.from({ length: Math.min(EVENTS_PER_STREAM, total - i * EVENTS_PER_STREAM) }, benchNewEvent),
    }));
    store = new PostgresEventStore({ connectionString: database.url });
    const head = await store.headPosition();
    dataSource = await new DataSource({ type: 'postgres', url: database.url, entities: [] }).initialize();
    progress.tick();

    const plainRead = async (): Promise<CatchUpRep> => {
      const started = performance.now();
      let after: Position = START;
      let events = 0;
      for (;;) {
        const page = await store!.readAll({ after, maxCount: config.catchUpPageSize });
        if (page.length === 0) break;
        events += page.length;
        after = page[page.length - 1].position;
      }
      const seconds = (performance.now() - started) / 1000;
      if (events !== total) throw new Error(`readAll delivered ${events} events, expected ${total}`);
      return { events, seconds, perSecond: events / seconds };
    };

    const runnerCatchUp = async (projection: StreamCountsProjection): Promise<CatchUpRep> => {
      const ds = dataSource!;
      await ds.query('DELETE FROM projection_checkpoints WHERE name = $1', [projection.name]);
      await ds.query('TRUNCATE bench_stream_counts');
      const runner = new ProjectionRunner(store!, ds, projection, {
        batchSize: config.catchUpPageSize,
        onError: (_, e) => progress.note(`runner error: ${(e as Error).message}`),
      });
      const started = performance.now();
      runner.start();
      try {
        while (comparePositions(await readCheckpoint(ds.manager, projection.name), head) !== 0) {
          if (performance.now() - started > CATCH_UP_TIMEOUT_MS) throw new Error(`the runner did not reach the head within ${CATCH_UP_TIMEOUT_MS / 1000} s`);
          await sleep(CHECKPOINT_POLL_MS);
        }
      } finally {
        await runner.stop();
      }
      const seconds = (performance.now() - started) / 1000;
      const [counts] = await ds.query('SELECT count(*)::int AS streams, coalesce(sum(events), 0)::int AS events FROM bench_stream_counts');
      if (counts.events !== total || counts.streams !== config.catchUpStreams) {
        throw new Error(`read model holds ${counts.events} events in ${counts.streams} streams, expected ${total} in ${config.catchUpStreams}`);
      }
      return { events: total, seconds, perSecond: total / seconds };
    };

    const medianPass = (passes: CatchUpRep[]): CatchUpRep => [...passes].sort((a, b) => a.perSecond - b.perSecond)[Math.floor(passes.length / 2)];
    for (let rep = 1; rep <= config.reps; rep++) {
      progress.step(`projection: plain readAll and page-writing catch-up, ${PASSES} passes each, rep ${rep}/${config.reps}`);
      const plainPasses: CatchUpRep[] = [];
      const batchedPasses: CatchUpRep[] = [];
      for (let pass = 0; pass < PASSES; pass++) {
        plainPasses.push(await plainRead());
        batchedPasses.push(await runnerCatchUp(batched));
      }
      plain.push(medianPass(plainPasses));
      batchedReps.push(medianPass(batchedPasses));
      progress.tick();
      progress.step(`projection: ProjectionRunner catch-up, one upsert per event, rep ${rep}/${config.reps}`);
      runnerReps.push(await runnerCatchUp(projection));
      progress.tick();
    }

    const baseline = medianOf(plain, (r) => r.perSecond);
    const row = (label: string, reps: CatchUpRep[], isBaseline: boolean) => [
      label,
      fmtCount(medianOf(reps, (r) => r.perSecond)),
      fmtReps(reps.map((r) => r.perSecond)),
      fmtMs(medianOf(reps, (r) => r.seconds)),
      isBaseline
        ? 'baseline'
        : fmtRatio(
            medianOf(reps, (r) => r.perSecond),
            baseline,
          ),
    ];
    tables.push(
      renderTable(
        `3. Projection catch-up over ${fmtCount(total)} events`,
        ['case', 'events/s (median)', 'reps', 'seconds', 'vs plain read'],
        [
          row(`ProjectionRunner, ${projection.name} (one upsert per event), pages of ${config.catchUpPageSize}`, runnerReps, false),
          row(`ProjectionRunner, ${batched.name} (handleBatch: one multi-row upsert per page), pages of ${config.catchUpPageSize}`, batchedReps, false),
          row(`plain sequential PostgresEventStore.readAll, pages of ${config.catchUpPageSize}, no writes (baseline)`, plain, true),
        ],
        [
          `${fmtCount(total)} events appended ${EVENTS_PER_STREAM} per append round-robin to ${fmtCount(config.catchUpStreams)} streams by 4 writers (synchronous_commit off, setup only), then VACUUM ANALYZE.`,
          `Runner: from an empty checkpoint and an empty bench_stream_counts, start() until its checkpoint equals the head position (polled every ${CHECKPOINT_POLL_MS} ms), then stop(); the read model is checked to hold every event once.`,
          `${config.reps} reps. The plain read and the page-writing runner take well under a second each, so each of their reps is the median of ${PASSES} passes, the two interleaved; the one-upsert-per-event runner (about 10 s) runs once a rep.`,
        ],
      ),
    );

    tables.push(await readModelVisibility(ctx, database.url, store, dataSource, projection));
  } finally {
    await store?.close().catch(() => undefined);
    await dataSource?.destroy().catch(() => undefined);
    await database.drop().catch(() => undefined);
  }
  return tables;
}
