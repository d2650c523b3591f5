import { BENCH_COMMAND_LIMIT, benchIssuer } from './bench-identity';
import { NestFactory } from '@nestjs/core';
import { loadStarterLibrary } from '@vigil/action-cards';
import { validateConfig } from '@vigil/config';
import { PostgresEventStore } from '@vigil/event-store';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { configureHttp } from '@vigil/platform';
import { VigilModule } from '../../apps/vigil/src/vigil.module';
import { appendRuns, openSteps, projectionsCaughtUp } from './action-cards-fill';
import { ACTOR, DEADLINE_CARD, PREFILL_CARD, publishCard, VigilClient } from './action-cards-http';
import { BenchClock, OverdueSamples, TOGGLED_STEP, VisibilitySamples, overdueSamples, visibilitySamples } from './action-cards-measure';
import { actionCardTables, SizeResult } from './action-cards-report';
import { LiveWatcher } from './action-cards-watcher';
import { BenchContext, SETUP_POOL } from './bench-context';
import { createBenchDatabase, newPool } from './bench-database';
import { fmtCount } from './report-table';
import { sleep } from './stats';

const WATCHED_RUNS = 50;
/** 200 live clients (issue 18): most watch the board, so a step change has to reach 190 or 191 of them. */
const WATCHERS = { board: 190, run: 10 };
const STARTER = 'violence-against-employee';
/** Closed once at the start, so no open step of the watched runs falls due within a day. */
const SHORT_STEPS: [string, object][] = [
  ['person-safety', {}],
  ['contact-manager', { note: 'Bench: leder ST-4K9P2Q orienteret' }],
  ['psychological-first-aid', {}],
];
const PROJECTIONS = ['action-cards.runs', 'action-cards.deadlines'];

function positiveList(name: string, fallback: number[]): number[] {
  const raw = process.env[name];
  if (!raw?.trim()) return fallback;
  const values = raw.split(',').map((v) => Number(v.trim()));
  if (values.some((v) => !Number.isInteger(v) || v <= 0)) throw new Error(`${name}=${raw} is not a list of positive whole numbers`);
  return values;
}

/** BENCH_ACTION_CARD_SIZES: open-step counts to fill to, in order; BENCH_ACTION_CARD_OVERDUE_SAMPLES: samples per rep for 7b. */
export const actionCardSizes = () => positiveList('BENCH_ACTION_CARD_SIZES', [1000, 10_000, 100_000]);
const overdueCount = () => positiveList('BENCH_ACTION_CARD_OVERDUE_SAMPLES', [50])[0];

export function actionCardsSteps(ctx: Pick<BenchContext, 'config'>): number {
  return 1 + actionCardSizes().length * (1 + 2 * ctx.config.reps);
}

/** Live visibility and overdue detection of the action cards as the store grows (the whole app over HTTP). */
export async function actionCardsGroup(ctx: BenchContext): Promise<string[]> {
  const { config, progress } = ctx;
  progress.step(`action cards: starting the app, ${WATCHED_RUNS} runs and ${WATCHERS.board + WATCHERS.run} watchers`);
  const database = await createBenchDatabase(ctx.server, 'bench_cards', 'empty');
  const clock = new BenchClock();
  const issuer = await benchIssuer();
  const app = await NestFactory.create(
    VigilModule.forRoot(
      // The bench's one actor holds all the watchers open at once (the per-person cap on live views is 8 by default).
      validateConfig({
        LOG_LEVEL: 'silent',
        VIGIL_OIDC_ISSUER: issuer.url,
        VIGIL_COMMANDS_PER_MINUTE: BENCH_COMMAND_LIMIT,
        VIGIL_LIVE_CONNECTIONS_PER_ACTOR: String(WATCHERS.board + WATCHERS.run),
      }),
      database.url,
      clock,
    ),
    {
      logger: false,
    },
  );
  configureHttp(app, '64kb');
  await app.listen(0, '127.0.0.1');
  const client = new VigilClient(await app.getUrl());
  const pool = newPool({ connectionString: database.url, max: 2 });
  const store = new PostgresEventStore({ connectionString: database.url, clock, pool: SETUP_POOL });
  const results: SizeResult[] = [];
  try {
    await loadStarterLibrary(database.url, () => undefined, clock);
    await publishCard(client, DEADLINE_CARD);
    await publishCard(client, PREFILL_CARD);
    await client.templatesListed([STARTER, DEADLINE_CARD.templateId, PREFILL_CARD.templateId]);
    const runIds: string[] = [];
    for (let i = 0; i < WATCHED_RUNS; i++) runIds.push(await client.startRun(STARTER, 'syddanmark', 'nyborg'));
    for (const runId of runIds) for (const [stepId, body] of SHORT_STEPS) await client.post(`/action-card-runs/${runId}/steps/${stepId}/completion`, body);
    progress.tick();
    for (const size of actionCardSizes()) {
      progress.step(`action cards: filling the store to ${fmtCount(size)} open steps`);
      const fill = await fillTo(store, pool, size, clock);
      const visibility: VisibilitySamples[] = [];
      const overdue: OverdueSamples[] = [];
      for (let rep = 1; rep <= config.reps; rep++) {
        progress.step(`action cards: ${fmtCount(size)} open steps, live visibility rep ${rep}/${config.reps}`);
        visibility.push(await withWatchers(client.base, runIds, (watchers) => visibilitySamples(client, runIds, watchers, config.visibilitySamples)));
        progress.tick();
        progress.step(`action cards: ${fmtCount(size)} open steps, overdue detection rep ${rep}/${config.reps}`);
        overdue.push(await overdueSamples(client, pool, clock, overdueCount()));
        progress.tick();
      }
      results.push({ size, ...fill, openAfter: await openSteps(pool), visibility, overdue });
    }
  } finally {
    await app.close();
    await store.close();
    await pool.end();
    await database.drop();
  }
  return actionCardTables(results, {
    reps: config.reps,
    visibilitySamples: config.visibilitySamples,
    overdueSamples: overdueCount(),
    watchedRuns: WATCHED_RUNS,
    watchers: WATCHERS,
    toggledStep: `${STARTER}/${TOGGLED_STEP}`,
  });
}

/** Appends pre-filled runs until about `size` steps are open, then waits for both run projections. */
async function fillTo(store: PostgresEventStore, pool: Pool, size: number, clock: BenchClock) {
  await projectionsCaughtUp(pool, PROJECTIONS);
  const before = await openSteps(pool);
  const runs = Math.max(0, Math.ceil((size - before) / PREFILL_CARD.steps.length));
  const t0 = performance.now();
  await appendRuns(store, pool, PREFILL_CARD.templateId, runs, () => clock.now());
  const appendMs = performance.now() - t0;
  await projectionsCaughtUp(pool, PROJECTIONS);
  return { runsAppended: runs, openAtStart: await openSteps(pool), appendMs, catchUpMs: performance.now() - t0 - appendMs };
}

/** 10 board watchers (the runs' area) and 10 run watchers on the first ten runs, all ready before the clock runs. */
async function withWatchers<T>(base: string, runIds: readonly string[], work: (watchers: LiveWatcher[]) => Promise<T>): Promise<T> {
  const watchers = [
    ...Array.from({ length: WATCHERS.board }, () => new LiveWatcher('/action-card-board/live?area=syddanmark', null)),
    ...runIds.slice(0, WATCHERS.run).map((runId) => new LiveWatcher(`/action-card-runs/${runId}/live`, runId)),
  ];
  try {
    await Promise.all(watchers.map((w) => w.open(base, ACTOR)));
    for (const started = Date.now(); !watchers.every((w) => w.isReady()); await sleep(5)) {
      if (Date.now() - started > 10_000) throw new Error('live watchers not ready after 10 s');
    }
    return await work(watchers);
  } finally {
    await Promise.all(watchers.map((w) => w.close()));
  }
}
