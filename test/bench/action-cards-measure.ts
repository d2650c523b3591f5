import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { DEADLINE_CARD, VigilClient } from './action-cards-http';
import { LiveWatcher } from './action-cards-watcher';
import { sleep } from './stats';

const WAIT_LIMIT_MS = 30_000;
/** ActionCardsWorkerModule's default pause between idle workflow polls. */
const POLL_CYCLE_MS = 500;
/** The toggled step of the watched runs: no prerequisites, a note required, due in three days. */
export const TOGGLED_STEP = 'police-report';

/** The app's clock: real time plus an offset the bench moves to jump past deadlines. */
export class BenchClock {
  offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
}

export interface VisibilitySamples {
  readonly command: number[];
  readonly first: number[];
  readonly all: number[];
}

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, pollMs: number): Promise<T> {
  for (const started = performance.now(); ; await sleep(pollMs)) {
    const value = await probe();
    if (value !== undefined) return value;
    if (performance.now() - started > WAIT_LIMIT_MS) throw new Error(`${what} not seen after ${WAIT_LIMIT_MS / 1000} s`);
  }
}

/** Arrival times at the watchers that should see the change, once every one of them has it. */
const arrivalsAtAll = (watchers: readonly LiveWatcher[], runId: string, revision: number) => () => {
  const id = `${runId}:${revision}`;
  const times = watchers.filter((w) => w.sees(runId)).map((w) => w.arrivals.get(id));
  return times.every((t) => t !== undefined) ? (times as number[]) : undefined;
};

/**
 * Completes the toggled step of each run in turn (POST …/completion with a note) and times it until
 * the first and the last watcher that should see it have the message; then reopens the step (also
 * waited for, not timed) so the run stays open.
 */
export async function visibilitySamples(
  client: VigilClient,
  runIds: readonly string[],
  watchers: readonly LiveWatcher[],
  samples: number,
): Promise<VisibilitySamples> {
  const out: VisibilitySamples = { command: [], first: [], all: [] };
  const step = (runId: string, action: string) => `/action-card-runs/${runId}/steps/${TOGGLED_STEP}/${action}`;
  for (let i = 0; i < samples; i++) {
    const runId = runIds[i % runIds.length];
    const t0 = performance.now();
    const done = await client.post<{ revision: number }>(step(runId, 'completion'), { note: `Bench: J.nr. ${i}` });
    out.command.push(performance.now() - t0);
    const times = await until(`completion ${runId}:${done.revision} at every watcher`, arrivalsAtAll(watchers, runId, done.revision), 1);
    out.first.push(Math.min(...times) - t0);
    out.all.push(Math.max(...times) - t0);
    const reopened = await client.post<{ revision: number }>(step(runId, 'reopening'), { reason: 'Bench: reopened to keep the run open' });
    await until(`reopening ${runId}:${reopened.revision} at every watcher`, arrivalsAtAll(watchers, runId, reopened.revision), 1);
  }
  return out;
}

export interface OverdueSamples {
  /** Clock jump to the overdue event in the store. */
  readonly overdue: number[];
  /** POST start to the run's deadline row (the deadlines projection), before the jump. */
  readonly deadlineRow: number[];
  /** POST start to the run's row on the board (the runs projection), for comparison. */
  readonly runRow: number[];
}

const ROWS_OF_RUN = `SELECT EXISTS (SELECT 1 FROM action_card_run WHERE run_id = $1) AS run,
  EXISTS (SELECT 1 FROM action_card_step_deadline WHERE run_id = $1 AND step_id = $2) AS deadline`;

/**
 * Starts a run of the bench deadline card (first step due after one minute), waits for its deadline
 * row, jumps the clock two minutes ahead and times until the overdue event is in the store. The clock
 * then returns to real time and the step is completed, so the open-step count stays put.
 */
export async function overdueSamples(client: VigilClient, pool: Pool, clock: BenchClock, samples: number): Promise<OverdueSamples> {
  const out: OverdueSamples = { overdue: [], deadlineRow: [], runRow: [] };
  for (let i = 0; i < samples; i++) {
    const t0 = performance.now();
    const runId = await client.startRun(DEADLINE_CARD.templateId, 'sjaelland');
    let runRow: number | undefined;
    await until(
      `deadline row of ${runId}`,
      async () => {
        const { rows } = await pool.query(ROWS_OF_RUN, [runId, 'first-response']);
        runRow ??= rows[0].run ? performance.now() - t0 : undefined;
        return rows[0].deadline ? true : undefined;
      },
      2,
    );
    out.deadlineRow.push(performance.now() - t0);
    out.runRow.push(runRow ?? performance.now() - t0);
    // A deadline passes at no particular moment of the workflow's poll cycle; without this the loop phase-locks to it.
    await sleep(Math.random() * POLL_CYCLE_MS);
    clock.offsetMs = 2 * 60_000;
    const t1 = performance.now();
    await until(
      `overdue event of ${runId}`,
      async () =>
        (await pool.query(`SELECT 1 FROM event_store.events WHERE stream_id = $1 AND type = 'action-cards.step-became-overdue.v1'`, [`actioncardrun-${runId}`]))
          .rowCount
          ? true
          : undefined,
      2,
    );
    out.overdue.push(performance.now() - t1);
    clock.offsetMs = 0;
    await client.post(`/action-card-runs/${runId}/steps/first-response/completion`, {});
  }
  return out;
}
