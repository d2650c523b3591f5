import { ROLE_MANAGER } from '../domain/action-card.vocabulary';
import { addMinutes } from '../domain/deadline-duration';
import { StepBecameOverdue, StepEscalated } from '../domain/run.events';
import { RunState } from '../domain/run.state';

/** What the clock records about a step: each carries the deadline it is about. */
export type DeadlineEvent = StepBecameOverdue | StepEscalated;

/**
 * What the clock says about one step: overdue once its deadline has passed while it is open, and
 * escalated to the responsible role's manager once the grace period after that has passed too.
 * Both carry the scheduled times, so a worker catching up after downtime records the same facts.
 */
export function decide(state: RunState, stepId: string, now: Date, graceMinutes: number): DeadlineEvent[] {
  if (state.status !== 'open') return [];
  const step = state.steps.find((s) => s.stepId === stepId);
  if (!step || step.status !== 'open') return [];
  const events: DeadlineEvent[] = [];
  const base = { runId: state.runId, stepId, dueAt: step.dueAt, responsibleRole: step.responsibleRole };
  if (now.getTime() < new Date(step.dueAt).getTime()) return events;
  if (!step.overdue) events.push({ type: 'action-cards.step-became-overdue.v1', data: base });
  const escalateAt = addMinutes(step.dueAt, graceMinutes);
  if (step.escalatedTo === null && now.getTime() >= new Date(escalateAt).getTime()) {
    events.push({ type: 'action-cards.step-escalated.v1', data: { ...base, escalateAt, escalatedTo: ROLE_MANAGER[step.responsibleRole] } });
  }
  return events;
}

/** When the clock next has something to say about the step, or null when it never will. */
export function nextDeadlineCheck(state: RunState, stepId: string, graceMinutes: number): string | null {
  if (state.status !== 'open') return null;
  const step = state.steps.find((s) => s.stepId === stepId);
  if (!step || step.status !== 'open' || step.escalatedTo !== null) return null;
  return step.overdue ? addMinutes(step.dueAt, graceMinutes) : step.dueAt;
}
