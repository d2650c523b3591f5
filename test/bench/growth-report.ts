import { BenchConfig } from './bench-config';
import { GrowthConfig } from './growth-config';
import { AppendRep, READ_STREAM_EVENTS, READS, REBUILD_PAGE, RebuildRep } from './growth-measure';
import { MemorySample, SOAK_SAMPLE_SECONDS, SOAK_WARMUP_SECONDS, SOAK_WATCHERS, SoakResult } from './growth-soak';
import { fmtCount, fmtMs, fmtReps, medianOf, renderTable } from './report-table';
import { LatencySummary } from './stats';

export interface SizeResult {
  readonly size: number;
  /** Events stored when the measurements began (the fill plus the earlier sizes' measured appends). */
  readonly stored: number;
  readonly tableSize: string;
  readonly fillSeconds: number;
  readonly vacuumSeconds: number;
  readonly appends: AppendRep[];
  readonly reads: LatencySummary[];
  /** Empty when the size is above BENCH_GROWTH_REBUILD_MAX. */
  readonly rebuilds: RebuildRep[];
}

/** The median and, with more than one rep, every rep's value. */
function cell(values: readonly number[], format: (n: number) => string): string {
  if (values.length === 0) return 'skipped';
  const median = medianOf(values, (v) => v);
  return values.length > 1 ? `${format(median)} ${fmtReps(values, format)}` : format(median);
}

const ratio = (last: number, first: number) => (Number.isFinite(last) && Number.isFinite(first) && first > 0 ? last / first : Number.NaN);
const fmtX = (n: number) => (Number.isFinite(n) ? `${n.toFixed(2)}x` : 'n/a');
const fmtSeconds = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));

export function growthTable(results: readonly SizeResult[], config: BenchConfig, growth: GrowthConfig): string {
  const first = results[0];
  const last = results[results.length - 1];
  const latencyRow = (label: string, pick: (r: SizeResult) => number[]) => {
    const medians = results.map((r) => medianOf(pick(r), (v) => v));
    return [label, ...results.map((r) => cell(pick(r), fmtMs)), fmtX(ratio(medians[medians.length - 1], medians[0]))];
  };
  const rebuilt = results.filter((r) => r.rebuilds.length > 0);
  const seconds = (r: SizeResult) => medianOf(r.rebuilds, (b) => b.seconds);
  const events = (r: SizeResult) => medianOf(r.rebuilds, (b) => b.events);
  const rebuildSlope =
    rebuilt.length > 1
      ? ratio(seconds(rebuilt[rebuilt.length - 1]), seconds(rebuilt[0])) / ratio(events(rebuilt[rebuilt.length - 1]), events(rebuilt[0]))
      : Number.NaN;
  const skipped = results.filter((r) => r.rebuilds.length === 0).map((r) => fmtCount(r.size));
  return renderTable(
    `Growth 1. The store as it grows: ${results.map((r) => fmtCount(r.size)).join(' → ')} events`,
    ['measure', ...results.map((r) => `${fmtCount(r.size)} events`), `slope ${fmtCount(last.size)} / ${fmtCount(first.size)}`],
    [
      ['events stored when measured', ...results.map((r) => fmtCount(r.stored)), ''],
      ['event_store.events size (table + indexes)', ...results.map((r) => r.tableSize), ''],
      ['fill to this size, s (set-based SQL) + VACUUM ANALYZE, s', ...results.map((r) => `${fmtSeconds(r.fillSeconds)} + ${fmtSeconds(r.vacuumSeconds)}`), ''],
      latencyRow('append 1 event, new stream, p50 ms', (r) => r.appends.map((a) => a.newStream.p50)),
      latencyRow('append 1 event, new stream, p99 ms', (r) => r.appends.map((a) => a.newStream.p99)),
      latencyRow('append 1 event, existing stream, p50 ms', (r) => r.appends.map((a) => a.existingStream.p50)),
      latencyRow('append 1 event, existing stream, p99 ms', (r) => r.appends.map((a) => a.existingStream.p99)),
      latencyRow(`readStream of ${fmtCount(READ_STREAM_EVENTS)} events, p50 ms`, (r) => r.reads.map((s) => s.p50)),
      latencyRow(`readStream of ${fmtCount(READ_STREAM_EVENTS)} events, p99 ms`, (r) => r.reads.map((s) => s.p99)),
      [
        'rebuild of the whole store, s',
        ...results.map((r) =>
          cell(
            r.rebuilds.map((b) => b.seconds),
            fmtSeconds,
          ),
        ),
        rebuilt.length > 1
          ? `${fmtX(rebuildSlope)} (time ratio / size ratio${rebuilt[rebuilt.length - 1] === last ? '' : `, up to ${fmtCount(rebuilt[rebuilt.length - 1].size)}`})`
          : 'n/a',
      ],
      [
        'rebuild of the whole store, events/s',
        ...results.map((r) =>
          cell(
            r.rebuilds.map((b) => b.events / b.seconds),
            fmtCount,
          ),
        ),
        '',
      ],
    ],
    [
      `Each size is reached from the previous one by set-based SQL (new streams of 10 chained events, hashed by event_store.hash_event, as proof-fill's fillChainedEvents does), then VACUUM ANALYZE, as autovacuum would have done on a running store; "events stored" also counts the earlier sizes' measured appends and the read stream. The database carries every migration of the app.`,
      `Appends: the real PostgresEventStore, 1 writer, one ~500-byte event per append, ${fmtCount(growth.appends)} timed of each kind per rep after 20 untimed: a new stream (expected no-stream) alternating with a random filled stream of the whole store (expected its last revision).`,
      `Reads: PostgresEventStore.readStream of one ${fmtCount(READ_STREAM_EVENTS)}-event stream appended after the first fill (10 events per append, so its rows lie together), ${READS} sequential reads per rep after 5 untimed (p99 of ${READS} reads is their slowest).`,
      `Rebuild: rebuildProjection (libs/projections: shadow tables, pages of ${fmtCount(REBUILD_PAGE)}, then the swap into the live table) of the stream-counts read model written a page at a time (BatchedStreamCountsProjection, no category: every event), checked to count every stored event.${skipped.length ? ` SKIPPED at ${skipped.join(', ')} events (above BENCH_GROWTH_REBUILD_MAX=${fmtCount(growth.rebuildMax)}).` : ''}`,
      `Cells: median over ${config.reps} rep(s)${config.reps > 1 ? ', every rep in brackets' : ''}. Slope: latencies, largest size / smallest (flat = 1.00x); rebuild, time ratio / size ratio of the sizes rebuilt (linear = 1.00x).`,
    ],
  );
}

/** Least squares slope of `pick` against time, per minute. */
function slopePerMinute(all: readonly MemorySample[], pick: (s: MemorySample) => number): number {
  const samples = all.filter((s) => Number.isFinite(pick(s))); // a window without a full collection has no kept heap
  if (samples.length < 2) return Number.NaN;
  const n = samples.length;
  const mx = samples.reduce((a, s) => a + s.at, 0) / n;
  const my = samples.reduce((a, s) => a + pick(s), 0) / n;
  const sxy = samples.reduce((a, s) => a + (s.at - mx) * (pick(s) - my), 0);
  const sxx = samples.reduce((a, s) => a + (s.at - mx) ** 2, 0);
  return (60 * sxy) / sxx;
}

export function soakTable(soak: SoakResult, growth: GrowthConfig): string {
  const { samples } = soak;
  const mbText = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : 'n/a');
  const column = (pick: (s: MemorySample) => number) => {
    const values = samples.map(pick).filter(Number.isFinite);
    const slope = slopePerMinute(samples, pick);
    return [mbText(values[0]), mbText(values[values.length - 1]), mbText(Math.max(...values)), `${slope >= 0 ? '+' : ''}${slope.toFixed(2)}`];
  };
  const rss = column((s) => s.rssMb);
  const heap = column((s) => s.heapMb);
  const kept = column((s) => s.keptMb);
  const fullCollections = samples.filter((s) => Number.isFinite(s.keptMb)).length;
  const minutes = soak.seconds / 60;
  return renderTable(
    `Growth 2. Memory soak: the whole app on ${fmtCount(soak.storedEvents)} events, ${SOAK_WATCHERS} live watchers, ${growth.soakRate} POST /incidents per s, ${fmtCount(soak.seconds)} s`,
    ['measure', 'RSS', 'heapUsed', 'heap after a full collection'],
    [
      ['at start, MB', rss[0], heap[0], kept[0]],
      ['at end, MB', rss[1], heap[1], kept[1]],
      ['max, MB', rss[2], heap[2], kept[2]],
      ['least-squares slope, MB per minute', rss[3], heap[3], kept[3]],
    ],
    [
      `The app as npm start composes it (VigilModule, every projection and worker, the proof follower) started in the bench process on the grown store (${fmtCount(soak.storedEvents)} events); its proof tree first took in every stored event (${fmtCount(soak.proofCatchUpSeconds)} s), then ${SOAK_WATCHERS} SSE watchers opened GET /action-card-board/live?area=syddanmark and the load began; "start" is the first sample after a ${SOAK_WARMUP_SECONDS} s warm-up under load.`,
      `The bench process holds both the app and the load generator (fetch clients, the ${SOAK_WATCHERS} watchers' streams): its process.memoryUsage() is what was sampled, every ${SOAK_SAMPLE_SECONDS} s (${samples.length} samples). No GC was forced. Watchers count messages and forget them at each sample, so the generator keeps no growing state.`,
      `Load during the sampled ${fmtCount(soak.seconds)} s: ${fmtCount(soak.postsOk)} POST /incidents answered 201 (${(soak.postsOk / soak.seconds).toFixed(1)}/s, open loop), ${fmtCount(soak.postsFailed)} failed, ${fmtCount(soak.postsSkipped)} skipped (more than 200 in flight)${soak.firstFailure ? `; first failure: ${soak.firstFailure}` : ''}. Each reported threat starts an action card run (the start policy), which the board streams to every watcher: ${fmtCount(soak.messages)} run-changed messages arrived (${fmtCount(soak.messages / SOAK_WATCHERS / Math.max(minutes, 1e-9))} per watcher per minute); ${soak.watchersLost} watcher(s) lost their stream; the app logged ${soak.appProblems} warning(s) or error(s) (on stderr; a first start on a fresh data directory warns once that it generated its keys).`,
      `RSS MB at each sample: ${samples.map((s) => s.rssMb.toFixed(0)).join(', ')}.`,
      `heapUsed MB at each sample: ${samples.map((s) => s.heapMb.toFixed(0)).join(', ')}.`,
      `Heap after a full collection: the heap in use read as each mark-compact was reported (a PerformanceObserver of gc entries; the least reading of each ${SOAK_SAMPLE_SECONDS} s window), the app's and the generator's live objects without most of their garbage; ${fullCollections} of ${samples.length} windows had one. A leak shows as a rising slope here, whatever RSS does. MB by window: ${samples.map((s) => (Number.isFinite(s.keptMb) ? s.keptMb.toFixed(0) : '-')).join(', ')}.`,
    ],
  );
}
