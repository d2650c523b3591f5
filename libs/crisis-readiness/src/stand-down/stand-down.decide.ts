import { ActivationStoodDown } from '../domain/activation.events';
import { requireActive } from '../domain/activation.rules';
import { ActivationState } from '../domain/activation.state';
import { requireText } from '../domain/crisis.rules';

export interface StandDown {
  activationId: string;
  reason: unknown;
  actor: string;
}

/** Ends the activation; the log stays open for corrections, and the evaluation can follow. */
export function decide(command: StandDown, state: ActivationState, now: Date): ActivationStoodDown[] {
  requireActive(state, command.activationId, 'stand down');
  const reason = requireText(command.reason, 'reason', 2000, 'reason-required');
  return [{ type: 'crisis-readiness.activation-stood-down.v1', data: { activationId: command.activationId, reason, at: now.toISOString() } }];
}
