import { NestFactory } from '@nestjs/core';
import { validateConfig } from '@vigil/config';
import { performance } from 'node:perf_hooks';
import { configureHttp } from '@vigil/platform';
import { VigilModule } from '../../apps/vigil/src/vigil.module';
import { BenchContext } from './bench-context';
import { BENCH_COMMAND_LIMIT, benchAuth, benchIssuer } from './bench-identity';
import { createBenchDatabase } from './bench-database';
import { BENCH_THREAT_REPORT } from './bench-incident-events';
import { fmtMs, fmtReps, medianOf, renderTable } from './report-table';
import { percentile, sleep } from './stats';

const POLL_MS = 2;
const WARMUP_SAMPLES = 100;
const ACTOR = 'ST-BENCH1';

/** One sample's times (ms): POST until GET answers 200, the POST alone, and a later GET of the visible incident. */
interface Sample {
  readonly visible: number;
  readonly command: number;
  readonly read: number;
}
/** A rep: each time of its samples, in order. */
type Rep = { readonly [K in keyof Sample]: number[] };

export function httpVisibilitySteps(ctx: Pick<BenchContext, 'config'>): number {
  return 1 + ctx.config.reps;
}

/**
 * The whole system as `npm start` composes it, over real HTTP: POST /incidents, then GET
 * /incidents/{id} with Vigil-Min-Revision (polled again only on a 404) until the read model answers 200.
 * Baseline: the POST alone.
 */
export async function httpVisibility(ctx: BenchContext): Promise<string> {
  const { config, progress } = ctx;
  progress.step('http visibility: starting the app');
  const database = await createBenchDatabase(ctx.server, 'bench_http', 'empty');
  const issuer = await benchIssuer();
  const app = await NestFactory.create(
    VigilModule.forRoot(validateConfig({ LOG_LEVEL: 'silent', VIGIL_OIDC_ISSUER: issuer.url, VIGIL_COMMANDS_PER_MINUTE: BENCH_COMMAND_LIMIT }), database.url),
    {
      logger: false,
    },
  );
  configureHttp(app, '64kb');
  await app.listen(0, '127.0.0.1');
  const base = await app.getUrl();
  // A real bearer token on every request: the cost of checking it and the route's policy is part of what is measured.
  const headers = { 'content-type': 'application/json', ...benchAuth(ACTOR) };
  const reps: Rep[] = [];
  try {
    // One sample: POST, then read the own write until 200, then read it again; the three times.
    const sample = async (): Promise<Sample> => {
      const t0 = performance.now();
      const posted = await fetch(`${base}/incidents`, { method: 'POST', headers, body: JSON.stringify(BENCH_THREAT_REPORT) });
      if (posted.status !== 201) throw new Error(`POST /incidents answered ${posted.status}: ${await posted.text()}`);
      const { incidentId, revision } = (await posted.json()) as { incidentId: string; revision: number };
      const command = performance.now() - t0;
      // Read-your-writes: the server waits (bounded) for the answered revision; polling stays as the fallback on a 404.
      const readOwnWrite = { ...headers, 'vigil-min-revision': String(revision) };
      for (;;) {
        const read = await fetch(`${base}/incidents/${incidentId}`, { headers: readOwnWrite });
        await read.arrayBuffer();
        if (read.status === 200) break;
        if (performance.now() - t0 > 10_000) throw new Error(`incident ${incidentId} not visible after 10 s`);
        await sleep(POLL_MS);
      }
      const visible = performance.now() - t0;
      const t1 = performance.now();
      const again = await fetch(`${base}/incidents/${incidentId}`, { headers });
      await again.arrayBuffer();
      return { visible, command, read: performance.now() - t1 };
    };
    for (let i = 0; i < WARMUP_SAMPLES; i++) await sample(); // a fresh process compiles its hot paths first: not what is measured
    for (let rep = 1; rep <= config.reps; rep++) {
      progress.step(`http visibility: rep ${rep}/${config.reps}`);
      const samples: Sample[] = [];
      for (let i = 0; i < config.visibilitySamples; i++) samples.push(await sample());
      reps.push({ visible: samples.map((x) => x.visible), command: samples.map((x) => x.command), read: samples.map((x) => x.read) });
      progress.tick();
    }
  } finally {
    await app.close();
    await database.drop();
  }
  const p = (pick: (r: Rep) => number[], q: number) => (r: Rep) => percentile(pick(r), q);
  const row = (label: string, pick: (r: Rep) => number[]) => [
    label,
    fmtMs(medianOf(reps, p(pick, 50))),
    fmtReps(reps.map(p(pick, 50)), fmtMs),
    fmtMs(medianOf(reps, p(pick, 99))),
    fmtReps(reps.map(p(pick, 99)), fmtMs),
  ];
  return renderTable(
    '4b. Command to read-model visibility over HTTP (the whole app)',
    ['case', 'p50 ms', 'p50 reps', 'p99 ms', 'p99 reps'],
    [
      row('POST /incidents → GET /incidents/{id} answers 200', (r) => r.visible),
      row('POST /incidents alone (baseline)', (r) => r.command),
      row('GET /incidents/{id} of a visible incident', (r) => r.read),
    ],
    [
      `${config.visibilitySamples} samples per rep, ${config.reps} reps, after ${WARMUP_SAMPLES} warm-up samples; the app as npm start composes it (all projections and deadline workers running) on a fresh database.`,
      `The GET after the POST sends Vigil-Min-Revision with the POST's answered revision, so the server waits (up to 2 s) for the projection's commit signal and answers at once; only on a 404 (the wait ran out) is it polled again every ${POLL_MS} ms. Each 200 is a real read (it writes the access log). Every request carries a signed bearer token, verified (RS256, JWKS cached) and checked against the route policy.`,
    ],
  );
}
