/** The growth group's knobs (issue 18, "as the store grows"); read once per run. */
export interface GrowthConfig {
  /** Events stored when each size is measured, growing (BENCH_GROWTH_SIZES, default 100000,1000000,10000000). */
  readonly sizes: readonly number[];
  /** Timed appends per rep, per kind, per size (BENCH_GROWTH_APPENDS, default 2000). */
  readonly appends: number;
  /** Largest size the projection is rebuilt at (BENCH_GROWTH_REBUILD_MAX, default: every size). */
  readonly rebuildMax: number;
  /** Length of the memory soak after its warm-up (BENCH_SOAK_SECONDS, default 600). */
  readonly soakSeconds: number;
  /** POST /incidents per second during the soak (BENCH_SOAK_RATE, default 20). */
  readonly soakRate: number;
}

function positive(name: string, fallback: number, integer: boolean): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value)))
    throw new Error(`${name}=${raw} is not a positive ${integer ? 'whole number' : 'number'}`);
  return value;
}

function growingList(name: string, fallback: number[]): number[] {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const values = raw.split(',').map((v) => Number(v.trim()));
  if (values.some((v) => !Number.isInteger(v) || v <= 0)) throw new Error(`${name}=${raw} is not a list of positive whole numbers`);
  if (values.some((v, i) => i > 0 && v <= values[i - 1])) throw new Error(`${name}=${raw} must grow`);
  return values;
}

export function readGrowthConfig(): GrowthConfig {
  return {
    sizes: growingList('BENCH_GROWTH_SIZES', [100_000, 1_000_000, 10_000_000]),
    appends: positive('BENCH_GROWTH_APPENDS', 2000, true),
    rebuildMax: positive('BENCH_GROWTH_REBUILD_MAX', Number.POSITIVE_INFINITY, true),
    soakSeconds: positive('BENCH_SOAK_SECONDS', 600, true),
    soakRate: positive('BENCH_SOAK_RATE', 20, false),
  };
}
