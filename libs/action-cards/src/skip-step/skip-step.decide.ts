import { requireOpenStep, requireRun, requireText, withCompletion } from '../domain/run.rules';
import { RunEvent } from '../domain/run.events';
import { RunState } from '../domain/run.state';

export interface SkipStep {
  runId: string;
  stepId: string;
  justification?: string;
  actor: string;
}

/** Leaves a step undone on purpose; a mandatory step is only skipped with a justification. */
export function decide(command: SkipStep, state: RunState, now: Date): RunEvent[] {
  const run = requireRun(state, command.runId);
  const step = requireOpenStep(run, command.stepId);
  const given = typeof command.justification === 'string' && /\S/.test(command.justification);
  const justification = step.mandatory || given ? requireText(command.justification, 'justification', 'justification-required') : null;
  return withCompletion(
    run,
    {
      type: 'action-cards.step-skipped.v1',
      data: { runId: run.runId, stepId: command.stepId, skippedBy: command.actor, skippedAt: now.toISOString(), justification },
    },
    now,
  );
}
