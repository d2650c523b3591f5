import { said } from '@vigil/event-sourcing';
import { RoleFilled, RoleHandedOver } from '../domain/activation.events';
import { requireActive } from '../domain/activation.rules';
import { ActivationState } from '../domain/activation.state';
import { CrisisReadinessError } from '../domain/crisis.errors';
import { requireOneOf, requireRef } from '../domain/crisis.rules';
import { CRISIS_ROLES } from '../domain/crisis.vocabulary';

export interface FillRole {
  activationId: string;
  role: unknown;
  holder: unknown;
  note?: string | null;
  actor: string;
}

/** Fills a vacant role, or hands a held one over: the record keeps who held it when. */
export function decide(command: FillRole, state: ActivationState, now: Date): (RoleFilled | RoleHandedOver)[] {
  const activation = requireActive(state, command.activationId, 'fill a role');
  const role = requireOneOf(CRISIS_ROLES, command.role, 'role');
  const holder = requireRef(command.holder, 'holder');
  const note = command.note?.trim() || null;
  const at = now.toISOString();
  const current = activation.roles[role];
  if (!current) return [{ type: 'crisis-readiness.role-filled.v1', data: { activationId: command.activationId, role, holder, at, note } }];
  if (current.holder === holder)
    throw new CrisisReadinessError(
      'no-change',
      `${holder} already holds ${role}`,
      'holder',
      said('crisis-readiness.already-holds', { holder, role: role.replace(/-/g, ' ') }),
    );
  return [{ type: 'crisis-readiness.role-handed-over.v1', data: { activationId: command.activationId, role, from: current.holder, to: holder, at, note } }];
}
