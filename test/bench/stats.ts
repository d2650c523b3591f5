/** Small statistics helpers shared by the parent and the Emmett child (no database imports here). */
import { readFileSync } from 'node:fs';

/** Nearest-rank percentile of unsorted samples; NaN when there are none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = Float64Array.from(samples).sort();
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export interface LatencySummary {
  readonly p50: number;
  readonly p99: number;
}

export function summarize(latenciesMs: readonly number[]): LatencySummary {
  return { p50: percentile(latenciesMs, 50), p99: percentile(latenciesMs, 99) };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Whole-machine CPU use between two readings of /proc/stat (Linux); null elsewhere. */
export class CpuMeter {
  private start: { busy: number; total: number } | null = null;

  begin(): void {
    this.start = readProcStat();
  }

  /** Busy share in percent since begin(). */
  end(): number | null {
    const end = readProcStat();
    if (!this.start || !end || end.total === this.start.total) return null;
    return (100 * (end.busy - this.start.busy)) / (end.total - this.start.total);
  }
}

function readProcStat(): { busy: number; total: number } | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0];
    const fields = line.trim().split(/\s+/).slice(1).map(Number);
    const total = fields.reduce((a, b) => a + b, 0);
    const idle = fields[3] + (fields[4] ?? 0); // idle + iowait
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}
