import { ConsoleLogger, Logger, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadStarterLibrary } from '@vigil/action-cards';
import { validateConfig } from '@vigil/config';
import { configureHttp } from '@vigil/platform';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, NodeGCPerformanceDetail, performance, PerformanceObserver } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';
import { VigilModule } from '../../apps/vigil/src/vigil.module';
import { ACTOR } from './action-cards-http';
import { LiveWatcher } from './action-cards-watcher';
import { BenchContext } from './bench-context';
import { withClient } from './bench-database';
import { BENCH_COMMAND_LIMIT, benchAuth, benchIssuer } from './bench-identity';
import { GrowthConfig } from './growth-config';
import { BENCH_THREAT_REPORT } from './bench-incident-events';
import { fmtCount } from './report-table';
import { sleep } from './stats';

export const SOAK_WATCHERS = 200;
export const SOAK_WARMUP_SECONDS = 30;
export const SOAK_SAMPLE_SECONDS = 10;
const BOARD = '/action-card-board/live?area=syddanmark';
/** Past this many unanswered POSTs the generator skips a tick rather than pile up requests (counted as skipped). */
const MAX_IN_FLIGHT = 200;
const PROOF_CATCH_UP_TIMEOUT_MS = 3_600_000;

export interface MemorySample {
  /** Seconds since the soak's first sample. */
  readonly at: number;
  readonly rssMb: number;
  readonly heapMb: number;
  /** Heap in use just after the window's full collections (what the app keeps), NaN when none ran in the window. */
  readonly keptMb: number;
}

export interface SoakResult {
  readonly storedEvents: number;
  readonly proofCatchUpSeconds: number;
  readonly samples: MemorySample[];
  readonly postsOk: number;
  readonly postsFailed: number;
  readonly postsSkipped: number;
  readonly firstFailure: string | null;
  readonly messages: number;
  readonly watchersLost: number;
  readonly seconds: number;
  /** Warnings and errors the app logged through Nest's static logger, from start-up to the end. */
  readonly appProblems: number;
}

const mb = (bytes: number) => bytes / 1024 / 1024;

/**
 * The heap in use just after each full (mark-compact) collection, read when the observer hears of it: what the process
 * keeps, without the garbage heapUsed also counts. (v8.GCProfiler reports it exactly, but keeps a record of every
 * scavenge, with every heap space, in the process being measured.)
 */
class KeptHeap {
  private readings: number[] = [];
  private readonly observer = new PerformanceObserver((list) => {
    const full = list
      .getEntries()
      .some((entry) => (entry as unknown as { detail?: NodeGCPerformanceDetail }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR);
    if (full) this.readings.push(mb(getHeapStatistics().used_heap_size));
  });

  constructor() {
    this.observer.observe({ entryTypes: ['gc'] });
  }

  /** The least reading since the last call (closest to the live set), NaN when no full collection ran. */
  take(): number {
    const least = this.readings.length ? Math.min(...this.readings) : Number.NaN;
    this.readings = [];
    return least;
  }

  stop(): void {
    this.observer.disconnect();
  }
}

/** Nest's static logger (used outside the app's own, silent one) sent to stderr and counted, so stdout keeps only tables. */
class SoakLogger implements LoggerService {
  problems = 0;

  constructor(private readonly note: (line: string) => void) {}

  log(): void {}

  warn(message: unknown): void {
    this.problems++;
    this.note(`app: ${String(message)}`);
  }

  error(message: unknown): void {
    this.problems++;
    this.note(`app: ${String(message)}`);
  }
}

/** POST /incidents at a steady rate without waiting for answers (open loop), as many reporters would. */
class IncidentLoad {
  ok = 0;
  failed = 0;
  skipped = 0;
  firstFailure: string | null = null;
  private inFlight = 0;
  private running = true;
  private readonly done: Promise<void>;

  constructor(base: string, rate: number) {
    const headers = { 'content-type': 'application/json', ...benchAuth(ACTOR) };
    const body = JSON.stringify(BENCH_THREAT_REPORT);
    const post = async () => {
      this.inFlight++;
      try {
        const response = await fetch(`${base}/incidents`, { method: 'POST', headers, body });
        const text = await response.text();
        if (response.status === 201) this.ok++;
        else this.fail(`POST /incidents answered ${response.status}: ${text.slice(0, 200)}`);
      } catch (error) {
        this.fail(`POST /incidents failed: ${(error as Error).message}`);
      } finally {
        this.inFlight--;
      }
    };
    this.done = (async () => {
      const started = performance.now();
      for (let tick = 0; this.running; tick++) {
        const wait = started + (tick * 1000) / rate - performance.now();
        if (wait > 0) await sleep(wait);
        if (!this.running) break;
        if (this.inFlight >= MAX_IN_FLIGHT) this.skipped++;
        else void post();
      }
      while (this.inFlight > 0) await sleep(10);
    })();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.done;
  }

  private fail(message: string): void {
    this.failed++;
    this.firstFailure ??= message;
  }
}

/** Watchers only note arrivals; counted and forgotten at every sample so the load generator's own memory stays flat. */
function harvest(watchers: readonly LiveWatcher[]): number {
  let messages = 0;
  for (const watcher of watchers) {
    messages += watcher.arrivals.size;
    watcher.arrivals.clear();
  }
  return messages;
}

const lost = (watchers: readonly LiveWatcher[]) =>
  watchers.filter((w) => {
    try {
      w.isReady();
      return false;
    } catch {
      return true;
    }
  }).length;

/**
 * The whole app in this process on the grown store, 200 live board watchers and POST /incidents at `soakRate` per second;
 * process memory sampled every 10 s after a 30 s warm-up. Nothing forces a garbage collection.
 */
export async function memorySoak(ctx: BenchContext, url: string, config: GrowthConfig): Promise<SoakResult> {
  // Its own data directory: the app's generated keys and checkpoint files stay out of the developer's .data.
  const dataDir = mkdtempSync(join(tmpdir(), 'vigil-bench-growth-'));
  const logger = new SoakLogger((line) => ctx.progress.note(line));
  Logger.overrideLogger(logger);
  try {
    return await soakApp(ctx, url, config, dataDir, logger);
  } finally {
    Logger.overrideLogger(new ConsoleLogger());
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function soakApp(ctx: BenchContext, url: string, config: GrowthConfig, dataDir: string, logger: SoakLogger): Promise<SoakResult> {
  const { progress } = ctx;
  progress.step('growth soak: starting the app on the grown store');
  const issuer = await benchIssuer();
  const app = await NestFactory.create(
    VigilModule.forRoot(
      validateConfig({
        LOG_LEVEL: 'silent',
        VIGIL_OIDC_ISSUER: issuer.url,
        VIGIL_DATA_DIR: dataDir,
        VIGIL_COMMANDS_PER_MINUTE: BENCH_COMMAND_LIMIT,
        // The bench's one actor holds all 200 watchers open at once (the per-person cap on live views is 8 by default).
        VIGIL_LIVE_CONNECTIONS_PER_ACTOR: String(SOAK_WATCHERS),
      }),
      url,
    ),
    { logger: false },
  );
  const watchers = Array.from({ length: SOAK_WATCHERS }, () => new LiveWatcher(BOARD, null));
  let load: IncidentLoad | null = null;
  let kept: KeptHeap | null = null;
  try {
    configureHttp(app, '64kb');
    await app.listen(0, '127.0.0.1');
    const base = await app.getUrl();
    await loadStarterLibrary(url, () => undefined);
    const storedEvents = await withClient(url, async (client) => Number((await client.query('SELECT count(*)::text AS n FROM event_store.events')).rows[0].n));
    // A restarted app first puts every stored event in the proof tree; the soak starts once that is done.
    const proofStarted = performance.now();
    await withClient(url, async (client) => {
      for (let polls = 0; ; polls++) {
        const { rows } = await client.query<{ size: string }>('SELECT tree_size::text AS size FROM proof.tree_state');
        if (Number(rows[0].size) >= storedEvents) return;
        if (performance.now() - proofStarted > PROOF_CATCH_UP_TIMEOUT_MS) throw new Error(`the proof tree did not reach ${storedEvents} events within an hour`);
        if (polls % 30 === 0) progress.step(`growth soak: app start-up, proof tree at ${fmtCount(Number(rows[0].size))} of ${fmtCount(storedEvents)} events`);
        await sleep(1000);
      }
    });
    const proofCatchUpSeconds = (performance.now() - proofStarted) / 1000;
    progress.tick();

    progress.step(`growth soak: ${SOAK_WATCHERS} watchers open, ${config.soakRate} POST/s, ${SOAK_WARMUP_SECONDS} s warm-up`);
    await Promise.all(watchers.map((w) => w.open(base, ACTOR)));
    for (const started = Date.now(); !watchers.every((w) => w.isReady()); await sleep(5)) {
      if (Date.now() - started > 30_000) throw new Error('live watchers not ready after 30 s');
    }
    load = new IncidentLoad(base, config.soakRate);
    await sleep(SOAK_WARMUP_SECONDS * 1000);
    harvest(watchers);
    const okBefore = load.ok;
    const failedBefore = load.failed;
    const skippedBefore = load.skipped;
    progress.tick();

    progress.step(`growth soak: sampling memory every ${SOAK_SAMPLE_SECONDS} s for ${config.soakSeconds} s`);
    const samples: MemorySample[] = [];
    let messages = 0;
    const started = performance.now();
    // heapUsed at a sample depends on when the last collection ran; the heap after each full collection does not.
    kept = new KeptHeap();
    for (let n = 0; ; n++) {
      await sleep(Math.max(0, started + n * SOAK_SAMPLE_SECONDS * 1000 - performance.now()));
      const { rss, heapUsed } = process.memoryUsage();
      const keptMb = kept.take();
      samples.push({ at: (performance.now() - started) / 1000, rssMb: mb(rss), heapMb: mb(heapUsed), keptMb });
      messages += harvest(watchers);
      if ((n + 1) * SOAK_SAMPLE_SECONDS > config.soakSeconds) break;
      progress.step(`growth soak: ${n * SOAK_SAMPLE_SECONDS} of ${config.soakSeconds} s, RSS ${mb(rss).toFixed(0)} MB, ${fmtCount(load.ok - okBefore)} POSTs`);
    }
    const seconds = (performance.now() - started) / 1000;
    const generator = load;
    load = null;
    await generator.stop();
    messages += harvest(watchers);
    progress.tick();
    return {
      storedEvents,
      proofCatchUpSeconds,
      samples,
      postsOk: generator.ok - okBefore,
      postsFailed: generator.failed - failedBefore,
      postsSkipped: generator.skipped - skippedBefore,
      firstFailure: generator.firstFailure,
      messages,
      watchersLost: lost(watchers),
      seconds,
      appProblems: logger.problems,
    };
  } finally {
    kept?.stop();
    await load?.stop();
    await Promise.all(watchers.map((w) => w.close()));
    await app.close();
  }
}
