/** Knobs from the environment; everything else is fixed so runs stay comparable. */
export interface BenchConfig {
  /** Measured window of each throughput case (BENCH_SECONDS, default 5). */
  readonly seconds: number;
  /** Warm-up before each throughput window. */
  readonly warmupSeconds: number;
  /** Repetitions of every case (BENCH_REPS, default 3); the median is reported beside each rep. */
  readonly reps: number;
  readonly writerCounts: readonly number[];
  /** Reads of one 1,000-event stream per rep and per store. */
  readonly readsPerRep: number;
  readonly streamLength: number;
  readonly catchUpEvents: number;
  readonly catchUpStreams: number;
  readonly catchUpPageSize: number;
  readonly visibilitySamples: number;
  /** Incidents whose fact versions back the figures measurement (BENCH_STATS_INCIDENTS, default 1,000,000). */
  readonly statsIncidents: number;
  /** Timed figures() runs after warm-up (BENCH_STATS_FIGURE_RUNS, default 100). */
  readonly statsFigureRuns: number;
  /** Fact-version counts to re-project at, growing (BENCH_STATS_REPROJECT_EVENTS, default 1000000,10000000). */
  readonly statsReprojectEvents: readonly number[];
  /** Events in the tree that proofs are generated over (BENCH_PROOF_EVENTS, default 1,000,000). */
  readonly proofEvents: number;
  /** Timed inclusion / consistency proofs and replays (BENCH_PROOF_SAMPLES, default 200). */
  readonly proofSamples: number;
  /** Events of the stream that is bundled and replayed (BENCH_PROOF_STREAM_EVENTS, default 10,000). */
  readonly proofStreamEvents: number;
  /** Timed bundle exports (BENCH_PROOF_BUNDLE_RUNS, default 20). */
  readonly proofBundleRuns: number;
  /** Follower page size while the tree is first built over the fill (BENCH_PROOF_FOLLOWER_PAGE, default 10,000). */
  readonly proofFollowerPage: number;
}

function positiveNumber(name: string, fallback: number, integer: boolean): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    throw new Error(`${name}=${raw} is not a positive ${integer ? 'whole number' : 'number'}`);
  }
  return value;
}

function positiveList(name: string, fallback: number[]): number[] {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const values = raw.split(',').map((v) => Number(v.trim()));
  if (values.some((v) => !Number.isInteger(v) || v <= 0)) throw new Error(`${name}=${raw} is not a list of positive whole numbers`);
  if (values.some((v, i) => i > 0 && v < values[i - 1])) throw new Error(`${name}=${raw} must not shrink`);
  return values;
}

export function readBenchConfig(): BenchConfig {
  return {
    seconds: positiveNumber('BENCH_SECONDS', 5, false),
    warmupSeconds: 1,
    reps: positiveNumber('BENCH_REPS', 3, true),
    writerCounts: [1, 8],
    readsPerRep: 200,
    streamLength: 1000,
    catchUpEvents: 50_000,
    catchUpStreams: 1000,
    catchUpPageSize: 500,
    visibilitySamples: 200,
    statsIncidents: positiveNumber('BENCH_STATS_INCIDENTS', 1_000_000, true),
    statsFigureRuns: positiveNumber('BENCH_STATS_FIGURE_RUNS', 100, true),
    statsReprojectEvents: positiveList('BENCH_STATS_REPROJECT_EVENTS', [1_000_000, 10_000_000]),
    proofEvents: positiveNumber('BENCH_PROOF_EVENTS', 1_000_000, true),
    proofSamples: positiveNumber('BENCH_PROOF_SAMPLES', 200, true),
    proofStreamEvents: positiveNumber('BENCH_PROOF_STREAM_EVENTS', 10_000, true),
    proofBundleRuns: positiveNumber('BENCH_PROOF_BUNDLE_RUNS', 20, true),
    proofFollowerPage: positiveNumber('BENCH_PROOF_FOLLOWER_PAGE', 10_000, true),
  };
}
