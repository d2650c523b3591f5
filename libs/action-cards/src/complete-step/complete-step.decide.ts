import { ActionCardError } from '../domain/action-card.errors';
import { requireOpenStep, requireRun, requireText, withCompletion } from '../domain/run.rules';
import { RunEvent } from '../domain/run.events';
import { RunState } from '../domain/run.state';

export interface CompleteStep {
  runId: string;
  stepId: string;
  note?: string;
  actor: string;
}

/** Ticks a step off: its prerequisites must be closed first, and the card may demand a note. */
export function decide(command: CompleteStep, state: RunState, now: Date): RunEvent[] {
  const run = requireRun(state, command.runId);
  requireOpenStep(run, command.stepId);
  const card = run.card.steps.find((s) => s.id === command.stepId)!;
  const open = card.prerequisites.filter((p) => run.steps.find((s) => s.stepId === p)?.status === 'open');
  if (open.length)
    throw new ActionCardError('prerequisites-open', `Step "${command.stepId}" needs ${open.map((p) => `"${p}"`).join(', ')} done first`, 'stepId');
  const hasNote = typeof command.note === 'string' && /\S/.test(command.note);
  if (card.noteRequired && !hasNote) throw new ActionCardError('note-required', `Step "${command.stepId}" requires a note`, 'note');
  const note = hasNote ? requireText(command.note, 'note') : null;
  return withCompletion(
    run,
    {
      type: 'action-cards.step-completed.v1',
      data: { runId: run.runId, stepId: command.stepId, completedBy: command.actor, completedAt: now.toISOString(), note },
    },
    now,
  );
}
