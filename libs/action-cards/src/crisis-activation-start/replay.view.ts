import { RunState, StepState } from '../domain/run.state';

/** How a step fared against its deadline: closed by the deadline, closed after it, or not closed yet. */
export type StepVerdict = 'on-time' | 'late' | 'open';

export interface ReplayActivation {
  activationId: string;
  planId: string;
  planVersion: number;
  planTitle: string | null;
  scope: unknown;
  level: string;
  exercise: boolean;
  activatedAt: Date | string;
}

export interface ReplayRequest {
  runId: string;
  templateId: string;
  outcome: string | null;
}

const minutesBetween = (from: Date, to: string) => Math.round((new Date(to).getTime() - from.getTime()) / 600) / 100;

export function verdictOf(step: Pick<StepState, 'status' | 'completedAt' | 'dueAt'>): StepVerdict {
  if (step.status === 'open' || !step.completedAt) return 'open';
  return new Date(step.completedAt) <= new Date(step.dueAt) ? 'on-time' : 'late';
}

function replayRun(run: Exclude<RunState, { status: 'none' }>, activatedAt: Date, now: Date) {
  const steps = run.steps.map((step, i) => {
    const verdict = verdictOf(step);
    return {
      stepId: step.stepId,
      title: run.card.steps[i].title,
      mandatory: step.mandatory,
      responsibleRole: step.responsibleRole,
      deadline: { after: run.card.steps[i].deadline, minutesAfterActivation: run.card.steps[i].deadlineMinutes, dueAt: step.dueAt },
      status: step.status,
      closedAt: step.completedAt,
      closedBy: step.completedBy ?? step.skippedBy,
      minutesAfterActivation: step.completedAt ? minutesBetween(activatedAt, step.completedAt) : null,
      verdict,
      /** For an open step: its deadline has passed by now. */
      pastDeadline: verdict === 'open' && new Date(step.dueAt) <= now,
    };
  });
  // Each step counts once: a skipped step as skipped, not also as on time or late by when it was skipped.
  const count = (v: StepVerdict) => steps.filter((s) => s.status !== 'skipped' && s.verdict === v).length;
  return {
    runId: run.runId,
    templateId: run.templateId,
    templateVersion: run.templateVersion,
    title: run.card.title,
    status: run.status,
    startedAt: run.startedAt,
    summary: { onTime: count('on-time'), late: count('late'), open: count('open'), skipped: steps.filter((s) => s.status === 'skipped').length },
    steps,
  };
}

/**
 * An activation replayed against its cards: each run's steps with their deadlines (relative to the
 * activation and absolute), when each was closed and how long after activation, and the verdict.
 * Cards that started no run are listed with the reason, and those not yet started as pending.
 */
export function replayView(activation: ReplayActivation, runs: RunState[], requests: ReplayRequest[], now: Date) {
  const activatedAt = new Date(activation.activatedAt);
  const started = runs.filter((r): r is Exclude<RunState, { status: 'none' }> => r.status !== 'none');
  const startedIds = new Set(started.map((r) => r.runId));
  return {
    ...activation,
    activatedAt: activatedAt.toISOString(),
    generatedAt: now.toISOString(),
    runs: started.map((run) => replayRun(run, activatedAt, now)),
    notStarted: requests.filter((r) => r.outcome !== null && !startedIds.has(r.runId)).map((r) => ({ templateId: r.templateId, reason: r.outcome })),
    pending: requests.filter((r) => r.outcome === null).map((r) => r.templateId),
  };
}
