/**
 * `npm run bench`: Vigil's event store and projection runner beside baselines measured in the same run
 * on the same PostgreSQL (DATABASE_URL, or an embedded server started here). Results on stdout,
 * progress on stderr. BENCH_SECONDS (default 5) and BENCH_REPS (default 3) set the effort;
 * BENCH_EMMETT=0 leaves the Emmett peer out; BENCH_ONLY=appends,http,kafka,... runs only the named groups.
 * The statistics group (BENCH_ONLY=statistics) takes BENCH_STATS_INCIDENTS, BENCH_STATS_FIGURE_RUNS and
 * BENCH_STATS_REPROJECT_EVENTS (see bench-config.ts); the proof group (BENCH_ONLY=proof) takes BENCH_PROOF_EVENTS,
 * BENCH_PROOF_SAMPLES, BENCH_PROOF_STREAM_EVENTS, BENCH_PROOF_BUNDLE_RUNS and BENCH_PROOF_FOLLOWER_PAGE; BENCH_ONLY=data-protection
 * measures appends with encryption off vs on and opening sealed texts; BENCH_ONLY=contracts measures contract validation
 * (µs per message, class-validator before beside the compiled schemas now). BENCH_ONLY=growth (never run otherwise) measures appends, a
 * 1,000-event read and a projection rebuild at each of BENCH_GROWTH_SIZES stored events (BENCH_GROWTH_APPENDS appends per
 * kind, no rebuild above BENCH_GROWTH_REBUILD_MAX), then a memory soak of the whole app with 200 live watchers under
 * BENCH_SOAK_RATE POST /incidents per second for BENCH_SOAK_SECONDS.
 */
import { validateConfig } from '@vigil/config';
import { boundHeapGrowth } from '@vigil/platform';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { actionCardsGroup, actionCardsSteps } from './action-cards.bench';
import { appendThroughput, appendThroughputSteps } from './append-throughput.bench';
import { readBenchConfig } from './bench-config';
import { BenchContext } from './bench-context';
import { BenchServer, dropLeftoverDatabases, serverVersion, startBenchServer } from './bench-database';
import { contractGroup, contractSteps } from './contract-validation.bench';
import { projectionGroup, projectionSteps } from './projection-catch-up.bench';
import { httpVisibility, httpVisibilitySteps } from './http-visibility.bench';
import { kafkaGroup, kafkaSteps } from './kafka-relay.bench';
import { Progress } from './progress';
import { proofGroup, proofSteps } from './proof.bench';
import { dataProtectionGroup, dataProtectionSteps } from './data-protection.bench';
import { growthGroup, growthSteps } from './growth.bench';
import { statisticsGroup, statisticsSteps } from './statistics.bench';
import { streamRead, streamReadSteps } from './stream-read.bench';

async function main(): Promise<number> {
  const started = Date.now();
  const config = readBenchConfig();
  // The apps composed in this process run as their main() starts them: with the heap's growth bounded the same way.
  const heapGrowingPercent = validateConfig(process.env).VIGIL_HEAP_GROWING_PERCENT;
  boundHeapGrowth(heapGrowingPercent);
  const repoRoot = resolve(__dirname, '../../..');
  const progress = new Progress(
    appendThroughputSteps({ config }) +
      streamReadSteps({ config }) +
      projectionSteps({ config }) +
      httpVisibilitySteps({ config }) +
      kafkaSteps({ config }) +
      actionCardsSteps({ config }) +
      statisticsSteps({ config }) +
      proofSteps({ config }) +
      dataProtectionSteps({ config }) +
      contractSteps({ config }) +
      (process.env.BENCH_ONLY?.split(',').some((g) => g.trim() === 'growth') ? growthSteps({ config }) : 0),
  );
  let server: BenchServer | null = null;
  const stopServer = async () => {
    const current = server;
    server = null;
    await dropLeftoverDatabases();
    await current?.stop();
  };
  const abort = (reason: string, code: number) => {
    progress.stop();
    process.stderr.write(`\n${reason}: dropping the bench databases and stopping\n`);
    void stopServer().finally(() => process.exit(code));
  };
  process.once('SIGINT', () => abort('SIGINT', 130));
  process.once('SIGTERM', () => abort('SIGTERM', 143));
  // A stray 'error' from a pg connection must not leave databases (or the embedded server) behind.
  process.once('uncaughtException', (error) => abort(`uncaught ${error.stack ?? error.message}`, 1));
  process.once('unhandledRejection', (error) => abort(`unhandled rejection ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`, 1));

  let failures = 0;
  const print = (text: string) => progress.print(text);
  try {
    progress.step('starting PostgreSQL');
    server = await startBenchServer(repoRoot);
    const pg = await serverVersion(server.adminUrl);
    const cpuList = cpus();
    print(
      [
        '# Vigil benchmark',
        '',
        `- date: ${new Date().toISOString()}`,
        `- Node: ${process.version} (${process.platform}/${process.arch}), VIGIL_HEAP_GROWING_PERCENT=${heapGrowingPercent} (as the apps start)`,
        `- PostgreSQL: ${pg.version} (synchronous_commit=${pg.synchronousCommit}, shared_buffers=${pg.sharedBuffers})`,
        `- server: ${server.description}`,
        `- BENCH_SECONDS=${config.seconds} (+${config.warmupSeconds} s warm-up per throughput case), BENCH_REPS=${config.reps}`,
        `- machine: ${cpuList.length} cores (${cpuList[0]?.model.trim() ?? 'unknown CPU'}), shared by the load generator and PostgreSQL`,
        '',
      ].join('\n'),
    );
    const ctx: BenchContext = { repoRoot, server, config, progress };
    const groups: [string, () => Promise<string[]>][] = [
      ['appends', async () => [await appendThroughput(ctx)]],
      ['stream read', async () => [await streamRead(ctx)]],
      ['projection', () => projectionGroup(ctx)],
      ['http', async () => [await httpVisibility(ctx)]],
      ['kafka', () => kafkaGroup(ctx)],
      ['action-cards', () => actionCardsGroup(ctx)],
      ['statistics', () => statisticsGroup(ctx)],
      ['proof', () => proofGroup(ctx)],
      ['data-protection', () => dataProtectionGroup(ctx)],
      ['contracts', () => contractGroup(ctx)],
      ['growth', () => growthGroup(ctx)],
    ];
    const only = process.env.BENCH_ONLY?.split(',').map((g) => g.trim());
    // growth fills 10M events and soaks for 10 minutes (about half an hour): only when BENCH_ONLY names it.
    const optIn = new Set(['growth']);
    for (const [name, run] of groups.filter(([name]) => (only ? only.includes(name) : !optIn.has(name)))) {
      try {
        for (const table of await run()) print(table);
      } catch (error) {
        failures++;
        print(`### ${name}: FAILED\n\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      }
    }
  } finally {
    progress.stop();
    await stopServer();
  }
  process.stdout.write(`Total run time ${((Date.now() - started) / 1000).toFixed(0)} s${failures ? `; ${failures} group(s) failed` : ''}.\n`);
  return failures ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
