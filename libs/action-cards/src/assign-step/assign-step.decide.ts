import { ActionCardError } from '../domain/action-card.errors';
import { canonicalJson, said } from '@vigil/event-sourcing';
import { isOneOf, PSEUDONYMOUS_REF, RESPONSIBLE_ROLES } from '../domain/action-card.vocabulary';
import { requireOpenStep, requireRun, stepTitle } from '../domain/run.rules';
import { Assignee, StepAssigned } from '../domain/run.events';
import { RunState } from '../domain/run.state';

export interface AssignStep {
  runId: string;
  stepId: string;
  assignee: Assignee;
  actor: string;
}

export function decide(command: AssignStep, state: RunState, _now?: Date): StepAssigned[] {
  const run = requireRun(state, command.runId);
  const step = requireOpenStep(run, command.stepId);
  const a = command.assignee;
  if (a.kind === 'role' && !isOneOf(RESPONSIBLE_ROLES, a.role))
    throw new ActionCardError('invalid-value', `role must be one of ${RESPONSIBLE_ROLES.join(', ')}`, 'role', said('validation.choice'));
  if (a.kind === 'person' && !PSEUDONYMOUS_REF.test(a.ref)) {
    throw new ActionCardError(
      'invalid-value',
      'person must be a pseudonymous reference such as ST-7K3Q9P, never a name',
      'person',
      said('validation.pseudonymous-ref'),
    );
  }
  if (canonicalJson(step.assignee) === canonicalJson(a)) {
    const words = said('action-cards.already-assigned', { step: stepTitle(run, command.stepId) });
    throw new ActionCardError('no-change', `Step "${command.stepId}" is already assigned so`, 'stepId', words);
  }
  const assignee: Assignee = a.kind === 'role' ? { kind: 'role', role: a.role } : { kind: 'person', ref: a.ref };
  return [{ type: 'action-cards.step-assigned.v1', data: { runId: command.runId, stepId: command.stepId, assignee } }];
}
