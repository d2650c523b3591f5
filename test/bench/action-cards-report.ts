import type { OverdueSamples, VisibilitySamples } from './action-cards-measure';
import { fmtCount, fmtMs, fmtReps, medianOf, renderTable } from './report-table';
import { percentile } from './stats';

export interface SizeResult {
  readonly size: number;
  readonly runsAppended: number;
  /** Open steps counted (deadline rows open in open runs) once the fill had been projected. */
  readonly openAtStart: number;
  readonly openAfter: number;
  readonly appendMs: number;
  readonly catchUpMs: number;
  readonly visibility: VisibilitySamples[];
  readonly overdue: OverdueSamples[];
}

interface Settings {
  reps: number;
  visibilitySamples: number;
  overdueSamples: number;
  watchedRuns: number;
  watchers: { board: number; run: number };
  toggledStep: string;
}

/** p50 and p99 of one series, as the median over reps beside each rep's value. */
function cells<R>(reps: readonly R[], pick: (rep: R) => number[]): string[] {
  const at = (q: number) => (rep: R) => percentile(pick(rep), q);
  return [fmtMs(medianOf(reps, at(50))), fmtReps(reps.map(at(50)), fmtMs), fmtMs(medianOf(reps, at(99))), fmtReps(reps.map(at(99)), fmtMs)];
}

const HEADERS = ['open steps', 'case', 'p50 ms', 'p50 reps', 'p99 ms', 'p99 reps'];

export function actionCardTables(results: readonly SizeResult[], s: Settings): string[] {
  const label = (r: SizeResult) => fmtCount(r.openAtStart);
  const visibility = results.flatMap((r) => [
    [label(r), 'POST completion → first watcher has the SSE message', ...cells(r.visibility, (v) => v.first)],
    [label(r), 'POST completion → all watchers that should see it have it', ...cells(r.visibility, (v) => v.all)],
    [label(r), 'POST completion alone (baseline)', ...cells(r.visibility, (v) => v.command)],
  ]);
  const overdue = results.flatMap((r) => [
    [label(r), 'clock jump past the deadline → step-became-overdue.v1 in event_store.events', ...cells(r.overdue, (o) => o.overdue)],
    [label(r), 'POST start run → its deadline row exists (deadlines projection)', ...cells(r.overdue, (o) => o.deadlineRow)],
    [label(r), 'POST start run → its run row exists (runs projection; for comparison)', ...cells(r.overdue, (o) => o.runRow)],
  ]);
  const fills = results.map(
    (r) =>
      `${fmtCount(r.size)} asked: ${fmtCount(r.runsAppended)} runs appended in ${(r.appendMs / 1000).toFixed(1)} s, projected ${(r.catchUpMs / 1000).toFixed(1)} s later; ${fmtCount(r.openAtStart)} open steps before, ${fmtCount(r.openAfter)} after the measurements (each overdue sample leaves its run's far second step open).`,
  );
  const common = [
    `The whole app as npm start composes it (all projections, the action-card workflow sleeping until the next deadline), fresh database, one process: the watchers and the HTTP client share the server's event loop.`,
    `Open steps = rows of action_card_step_deadline that are open in an open run. The fill appends action-cards.run-started.v1 directly with PostgresEventStore.appendToStream (8 in parallel, the shape start-run.decide.ts produces, pinning a published 10-step bench card whose deadlines are 300 days out), then waits until the runs and deadlines projections' checkpoints pass the last run event.`,
    ...fills,
  ];
  return [
    renderTable('7a. Action cards: command to change on watching clients (SSE over HTTP) as open steps grow', HEADERS, visibility, [
      `${s.watchedRuns} runs of ${s.toggledStep.split('/')[0]} started over HTTP (area syddanmark); their three short-deadline steps are completed once, so none falls due during the run.`,
      `${s.watchers.board + s.watchers.run} SSE clients opened per rep with Node fetch, all \`ready\` before timing: ${s.watchers.board} on /action-card-board/live?area=syddanmark (see every run) and ${s.watchers.run} on /action-card-runs/{id}/live of the first ${s.watchers.run} runs (one each). A change reaches ${s.watchers.board} or ${s.watchers.board + 1} watchers.`,
      `Each sample: POST …/steps/${s.toggledStep.split('/')[1]}/completion with a note on the next run in turn, timed from just before the POST until the run-changed message with the answered revision arrives; then POST …/reopening (waited for, not timed). ${s.visibilitySamples} samples per rep, ${s.reps} reps.`,
      `Path: append → runs projection (polling subscription woken by NOTIFY) → pg_notify in its transaction → RunChangeFeed LISTEN → SSE; arrivals noted when the body chunk is read.`,
      ...common,
    ]),
    renderTable('7b. Action cards: overdue detection delay after a deadline as open steps grow', HEADERS, overdue, [
      `Each sample: POST /action-card-runs of a bench card whose first step is due 1 minute after the start (deadlines count from the app's clock); wait for its deadline row; wait a random 0–500 ms (so the jump falls anywhere in the workflow's poll cycle); move the app's clock (VigilModule.forRoot's third argument) 2 minutes ahead and time until the overdue event for that run is in event_store.events (pg polled every 2 ms).`,
      'Then the clock returns to real time and the step is completed, so the open-step count stays put and nothing else falls due. The workflow sleeps 500 ms between idle polls, so up to 500 ms of the delay is that pause.',
      `${s.overdueSamples} samples per rep, ${s.reps} reps.`,
      ...common,
    ]),
  ];
}
