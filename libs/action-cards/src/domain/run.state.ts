import { ResponsibleRole } from './action-card.vocabulary';
import { Card } from './card';
import { addMinutes } from './deadline-duration';
import { Assignee, RunEvent, RunStarted, RunTrigger } from './run.events';

export interface StepState {
  stepId: string;
  status: 'open' | 'done' | 'skipped';
  dueAt: string;
  responsibleRole: ResponsibleRole;
  mandatory: boolean;
  assignee: Assignee | null;
  overdue: boolean;
  escalatedTo: ResponsibleRole | null;
  completedBy: string | null;
  completedAt: string | null;
  note: string | null;
  skippedBy: string | null;
  justification: string | null;
  reopenReason: string | null;
}

interface RunFacts {
  runId: string;
  templateId: string;
  templateVersion: number;
  card: Card;
  startedAt: string;
  startedBy: string;
  area: string;
  institution: string | null;
  trigger: RunTrigger;
  steps: StepState[];
}

/** A run's state, discriminated by status; `none` until it starts. */
export type RunState = { status: 'none' } | (RunFacts & { status: 'open' }) | (RunFacts & { status: 'completed'; completedAt: string });
export type StartedRun = Exclude<RunState, { status: 'none' }>;

export const initialRun: RunState = { status: 'none' };

function started(data: RunStarted['data']): RunState {
  const steps = data.card.steps.map<StepState>((step) => ({
    stepId: step.id,
    status: 'open',
    dueAt: addMinutes(data.startedAt, step.deadlineMinutes),
    responsibleRole: step.responsibleRole,
    mandatory: step.mandatory,
    assignee: null,
    overdue: false,
    escalatedTo: null,
    completedBy: null,
    completedAt: null,
    note: null,
    skippedBy: null,
    justification: null,
    reopenReason: null,
  }));
  return { status: 'open', ...data, steps };
}

const withStep = (run: StartedRun, stepId: string, change: Partial<StepState>): RunState => ({
  ...run,
  steps: run.steps.map((s) => (s.stepId === stepId ? { ...s, ...change } : s)),
});

export function evolveRun(state: RunState, event: RunEvent): RunState {
  if (event.type === 'action-cards.run-started.v1') return started(event.data);
  if (state.status === 'none') return state; // nothing precedes the start in a valid stream
  const d = event.data as { stepId: string };
  switch (event.type) {
    case 'action-cards.step-assigned.v1':
      return withStep(state, d.stepId, { assignee: event.data.assignee });
    case 'action-cards.step-completed.v1':
      return withStep(state, d.stepId, { status: 'done', completedBy: event.data.completedBy, completedAt: event.data.completedAt, note: event.data.note });
    case 'action-cards.step-skipped.v1':
      return withStep(state, d.stepId, {
        status: 'skipped',
        skippedBy: event.data.skippedBy,
        completedAt: event.data.skippedAt,
        justification: event.data.justification,
      });
    case 'action-cards.step-reopened.v1':
      return withStep(state, d.stepId, {
        status: 'open',
        completedBy: null,
        completedAt: null,
        note: null,
        skippedBy: null,
        justification: null,
        reopenReason: event.data.reason,
      });
    case 'action-cards.step-became-overdue.v1':
      return withStep(state, d.stepId, { overdue: true });
    case 'action-cards.step-escalated.v1':
      return withStep(state, d.stepId, { escalatedTo: event.data.escalatedTo });
    case 'action-cards.run-completed.v1': {
      const { status: _s, ...facts } = state as StartedRun & { completedAt?: string };
      return { ...facts, status: 'completed', completedAt: event.data.completedAt };
    }
    case 'action-cards.run-reopened.v1': {
      const { status: _s, completedAt: _c, ...facts } = state as StartedRun & { completedAt?: string };
      return { ...facts, status: 'open' };
    }
  }
}

/** True when every mandatory step is done or skipped (a mandatory skip always has a justification). */
export function allMandatoryClosed(steps: readonly StepState[]): boolean {
  return steps.every((s) => !s.mandatory || s.status !== 'open');
}
