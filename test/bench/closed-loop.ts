import { performance } from 'node:perf_hooks';
import { CpuMeter, summarize } from './stats';

export interface ClosedLoopOptions {
  readonly writers: number;
  readonly warmupMs: number;
  readonly measureMs: number;
  /** One operation of writer `writer`; `seq` counts that writer's operations from 0. */
  readonly op: (writer: number, seq: number) => Promise<unknown>;
}

export interface ClosedLoopResult {
  /** Operations that started after the warm-up and finished inside the measured window. */
  readonly count: number;
  readonly seconds: number;
  readonly perSecond: number;
  readonly p50: number;
  readonly p99: number;
  /** Whole-machine CPU busy % during the measured window (null off Linux). */
  readonly cpuBusy: number | null;
}

/**
 * N writers, each in a closed loop (next call when the previous one returns), for a warm-up and
 * then a measured window. A failing operation fails the whole run: a benchmark must not count errors.
 */
export async function runClosedLoop(options: ClosedLoopOptions): Promise<ClosedLoopResult> {
  const started = performance.now();
  const measureFrom = started + options.warmupMs;
  const measureTo = measureFrom + options.measureMs;
  const latencies: number[] = [];
  const cpu = new CpuMeter();
  const cpuStart = setTimeout(() => cpu.begin(), options.warmupMs);
  let failed = false;
  const writer = async (w: number) => {
    for (let seq = 0; !failed; seq++) {
      const t0 = performance.now();
      if (t0 >= measureTo) return;
      try {
        await options.op(w, seq);
      } catch (error) {
        failed = true;
        throw error;
      }
      const t1 = performance.now();
      if (t0 >= measureFrom && t1 <= measureTo) latencies.push(t1 - t0);
    }
  };
  try {
    await Promise.all(Array.from({ length: options.writers }, (_, w) => writer(w)));
  } finally {
    clearTimeout(cpuStart);
  }
  const cpuBusy = cpu.end(); // the writers stop at the window's end, give or take one call
  const seconds = options.measureMs / 1000;
  return { count: latencies.length, seconds, perSecond: latencies.length / seconds, ...summarize(latencies), cpuBusy };
}

/** Runs `work(i)` for i = 0..total-1 with at most `concurrency` calls in flight (setup helper). */
export async function forEachConcurrently(total: number, concurrency: number, work: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, total) }, async () => {
      for (let i = next++; i < total; i = next++) await work(i);
    }),
  );
}
