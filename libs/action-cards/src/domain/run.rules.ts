import { said } from '@vigil/event-sourcing';
import { ActionCardError, ActionCardErrorCode } from './action-card.errors';
import { RunCompleted, RunEvent } from './run.events';
import { allMandatoryClosed, evolveRun, RunState, StartedRun, StepState } from './run.state';

export function requireRun(state: RunState, runId: string): StartedRun {
  if (state.status === 'none') throw new ActionCardError('run-not-found', `No action-card run ${runId} is recorded`, 'runId', said('not-found.run'));
  return state;
}

export function requireStep(run: StartedRun, stepId: string): StepState {
  const step = run.steps.find((s) => s.stepId === stepId);
  if (!step)
    throw new ActionCardError('step-not-found', `Run ${run.runId} has no step "${stepId}"`, 'stepId', said('action-cards.step-not-found', { step: stepId }));
  return step;
}

/** A step's title as the card names it (people read titles; ids are for programs). */
export function stepTitle(run: StartedRun, stepId: string): string {
  return run.card.steps.find((s) => s.id === stepId)?.title ?? stepId;
}

export function requireOpenStep(run: StartedRun, stepId: string): StepState {
  const step = requireStep(run, stepId);
  if (step.status !== 'open') {
    const words = said('action-cards.step-not-open', { step: stepTitle(run, stepId), status: step.status });
    throw new ActionCardError('step-not-open', `Step "${stepId}" is already ${step.status}`, 'stepId', words);
  }
  return step;
}

/** A trimmed, non-blank text, or the given refusal naming the field. */
export function requireText(value: unknown, field: string, code: ActionCardErrorCode = 'invalid-value', max = 4000): string {
  if (typeof value !== 'string' || !/\S/.test(value)) throw new ActionCardError(code, `${field} must not be blank`, field, said('validation.blank'));
  if (value.length > max) throw new ActionCardError('invalid-value', `${field} must be at most ${max} characters`, field, said('validation.too-long', { max }));
  return value.trim();
}

/** The step event, followed by the run's completion when it closes the last open mandatory step. */
export function withCompletion(run: StartedRun, event: RunEvent, now: Date): RunEvent[] {
  const after = evolveRun(run, event) as StartedRun;
  if (run.status !== 'open' || !allMandatoryClosed(after.steps)) return [event];
  const completed: RunCompleted = { type: 'action-cards.run-completed.v1', data: { runId: run.runId, completedAt: now.toISOString() } };
  return [event, completed];
}
