import { said } from '@vigil/event-sourcing';
import { ActionCardError } from '../domain/action-card.errors';
import { requireRun, requireStep, requireText, stepTitle } from '../domain/run.rules';
import { RunEvent } from '../domain/run.events';
import { RunState } from '../domain/run.state';

export interface ReopenStep {
  runId: string;
  stepId: string;
  reason: string;
  actor: string;
}

/** Opens a done or skipped step again; a completed run opens with it. */
export function decide(command: ReopenStep, state: RunState, _now?: Date): RunEvent[] {
  const run = requireRun(state, command.runId);
  const step = requireStep(run, command.stepId);
  if (step.status === 'open') {
    const words = said('action-cards.step-not-closed', { step: stepTitle(run, command.stepId) });
    throw new ActionCardError('step-not-closed', `Step "${command.stepId}" is open already`, 'stepId', words);
  }
  const reason = requireText(command.reason, 'reason', 'reason-required');
  const reopened: RunEvent = { type: 'action-cards.step-reopened.v1', data: { runId: run.runId, stepId: command.stepId, reopenedBy: command.actor, reason } };
  return run.status === 'completed' ? [reopened, { type: 'action-cards.run-reopened.v1', data: { runId: run.runId, stepId: command.stepId } }] : [reopened];
}
