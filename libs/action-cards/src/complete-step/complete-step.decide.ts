import { said } from '@vigil/event-sourcing';
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
  if (open.length) {
    // Named by their titles, as the coordinator sees them on the card, not by their ids.
    const title = (stepId: string) => run.card.steps.find((s) => s.id === stepId)?.title ?? stepId;
    const step = title(command.stepId);
    const before = open.map((p) => `"${title(p)}"`);
    throw new ActionCardError(
      'prerequisites-open',
      `"${step}" can only be ticked off once ${before.join(' and ')} ${before.length === 1 ? 'is' : 'are'} ticked off`,
      'stepId',
      said('action-cards.prerequisites-open', { step, prerequisites: before }),
    );
  }
  const hasNote = typeof command.note === 'string' && /\S/.test(command.note);
  if (card.noteRequired && !hasNote)
    throw new ActionCardError('note-required', `Step "${command.stepId}" requires a note`, 'note', said('action-cards.note-required', { step: card.title }));
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
