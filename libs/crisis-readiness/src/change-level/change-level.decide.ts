import { said } from '@vigil/event-sourcing';
import { LevelChanged } from '../domain/activation.events';
import { requireActive } from '../domain/activation.rules';
import { ActivationState } from '../domain/activation.state';
import { CrisisReadinessError } from '../domain/crisis.errors';
import { requireOneOf, requireText } from '../domain/crisis.rules';
import { CRISIS_LEVELS, levelRank } from '../domain/crisis.vocabulary';

export interface ChangeLevel {
  activationId: string;
  level: unknown;
  reason: unknown;
  actor: string;
}

/** Raises or lowers the readiness level; the reason is mandatory either way. */
export function decide(command: ChangeLevel, state: ActivationState, now: Date): LevelChanged[] {
  const activation = requireActive(state, command.activationId, 'change the level');
  const to = requireOneOf(CRISIS_LEVELS, command.level, 'level');
  if (to === activation.level)
    throw new CrisisReadinessError('no-change', `The activation is already at level ${to}`, 'level', said('crisis-readiness.same-level', { level: to }));
  const reason = requireText(command.reason, 'reason', 2000, 'reason-required');
  const direction = levelRank(to) > levelRank(activation.level) ? 'raised' : 'lowered';
  return [
    {
      type: 'crisis-readiness.level-changed.v1',
      data: { activationId: command.activationId, from: activation.level, to, direction, reason, at: now.toISOString() },
    },
  ];
}
