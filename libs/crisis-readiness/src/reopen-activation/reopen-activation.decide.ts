import { said } from '@vigil/event-sourcing';
import { ActivationReopened } from '../domain/activation.events';
import { requireActivation } from '../domain/activation.rules';
import { ActivationState } from '../domain/activation.state';
import { CrisisReadinessError } from '../domain/crisis.errors';
import { requireText } from '../domain/crisis.rules';

export interface ReopenActivation {
  activationId: string;
  reason: unknown;
  actor: string;
}

/** Opens a stood-down activation again, with the reason. */
export function decide(command: ReopenActivation, state: ActivationState, now: Date): ActivationReopened[] {
  const activation = requireActivation(state, command.activationId);
  if (activation.status !== 'stood-down')
    throw new CrisisReadinessError(
      'invalid-transition',
      `Activation ${command.activationId} is still active`,
      undefined,
      said('crisis-readiness.still-active'),
    );
  const reason = requireText(command.reason, 'reason', 2000, 'reason-required');
  return [{ type: 'crisis-readiness.activation-reopened.v1', data: { activationId: command.activationId, reason, at: now.toISOString() } }];
}
