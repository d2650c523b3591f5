import { PostgresEventStore } from '@vigil/event-store';
import { Projection, ProjectionRunner } from '@vigil/projections';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { BenchContext } from './bench-context';
import { benchNewEvent } from './bench-events';
import { fmtMs, fmtReps, medianOf, renderTable } from './report-table';
import { percentile, sleep } from './stats';

const POLL_MS = 1;
const SAMPLE_TIMEOUT_MS = 10_000;
const PAUSE_BETWEEN_SAMPLES_MS = 2;

interface VisibilityRep {
  readonly visibleP50: number;
  readonly visibleP99: number;
  readonly appendP50: number;
  readonly appendP99: number;
}

export function readModelVisibilitySteps(ctx: Pick<BenchContext, 'config'>): number {
  return ctx.config.reps;
}

/**
 * With a ProjectionRunner live on the stream-counts projection (store defaults: LISTEN/NOTIFY wake-up,
 * 250 ms fallback poll), appends one event and polls its read-model row every 1 ms until the row
 * shows it. The clock starts before the append, as a command handler's would.
 */
export async function readModelVisibility(
  ctx: BenchContext,
  url: string,
  store: PostgresEventStore,
  dataSource: DataSource,
  projection: Projection,
): Promise<string> {
  const { config, progress } = ctx;
  const reps: VisibilityRep[] = [];
  const runner = new ProjectionRunner(store, dataSource, projection, { onError: (_, e) => progress.note(`runner error: ${(e as Error).message}`) });
  const poller = new Client({ connectionString: url });
  await poller.connect();
  runner.start();
  try {
    const streams: string[] = (await dataSource.query('SELECT stream_id FROM bench_stream_counts ORDER BY stream_id')).map(
      (r: { stream_id: string }) => r.stream_id,
    );
    if (streams.length === 0) throw new Error('no read-model rows to sample');
    let sample = 0;
    for (let rep = 1; rep <= config.reps; rep++) {
      progress.step(`visibility: append -> read model, rep ${rep}/${config.reps}`);
      const visible: number[] = [];
      const appendOnly: number[] = [];
      for (let i = 0; i < config.visibilitySamples; i++, sample++) {
        const streamId = streams[sample % streams.length];
        const t0 = performance.now();
        const { nextExpectedRevision } = await store.appendToStream(streamId, [benchNewEvent()], { expectedRevision: 'any' });
        appendOnly.push(performance.now() - t0);
        for (;;) {
          const { rows } = await poller.query<{ last_revision: number }>('SELECT last_revision FROM bench_stream_counts WHERE stream_id = $1', [streamId]);
          if (rows[0] && rows[0].last_revision >= nextExpectedRevision) break;
          if (performance.now() - t0 > SAMPLE_TIMEOUT_MS)
            throw new Error(`${streamId}@${nextExpectedRevision} not visible in the read model after ${SAMPLE_TIMEOUT_MS / 1000} s`);
          await sleep(POLL_MS);
        }
        visible.push(performance.now() - t0);
        await sleep(PAUSE_BETWEEN_SAMPLES_MS);
      }
      reps.push({
        visibleP50: percentile(visible, 50),
        visibleP99: percentile(visible, 99),
        appendP50: percentile(appendOnly, 50),
        appendP99: percentile(appendOnly, 99),
      });
      progress.tick();
    }
  } finally {
    await runner.stop();
    await poller.end();
  }
  const row = (label: string, p50: (r: VisibilityRep) => number, p99: (r: VisibilityRep) => number, note: string) => [
    label,
    fmtMs(medianOf(reps, p50)),
    fmtReps(reps.map(p50), fmtMs),
    fmtMs(medianOf(reps, p99)),
    fmtReps(reps.map(p99), fmtMs),
    note,
  ];
  return renderTable(
    '4. Command to read-model visibility, at store level',
    ['case', 'p50 ms', 'p50 reps', 'p99 ms', 'p99 reps', 'note'],
    [
      row(
        'append → read model visible (runner live)',
        (r) => r.visibleP50,
        (r) => r.visibleP99,
        'store append + runner page + read-model poll',
      ),
      row(
        'append alone (baseline: the same appendToStream calls)',
        (r) => r.appendP50,
        (r) => r.appendP99,
        'baseline',
      ),
    ],
    [
      `${config.visibilitySamples} samples per rep, ${config.reps} reps; one event per sample to one of the read model's existing streams (round-robin), expected revision 'any'.`,
      `The row is polled every ${POLL_MS} ms (plus timer slack, ~0.1-1 ms) on its own connection; the runner uses the store's defaults (LISTEN/NOTIFY wake-up, 250 ms fallback poll, pages of 500) in the same process.`,
      'The same over HTTP with the whole app is table 4b.',
    ],
  );
}
