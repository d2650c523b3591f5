import { said } from '@vigil/event-sourcing';
import { CrisisReadinessError } from '../domain/crisis.errors';
import { requireText } from '../domain/crisis.rules';
import { PlanRetired } from '../domain/plan.events';
import { PlanState } from '../domain/plan.state';

export interface RetirePlan {
  planId: string;
  reason: string;
  actor: string;
}

/** Withdraws a plan: no new activations start from it; activations under way keep their pinned version. */
export function decide(command: RetirePlan, state: PlanState, _now?: Date): PlanRetired[] {
  if (state.status === 'none')
    throw new CrisisReadinessError(
      'plan-not-found',
      `No readiness plan "${command.planId}" exists`,
      'planId',
      said('crisis-readiness.plan-not-found', { plan: command.planId }),
    );
  if (state.status === 'retired')
    throw new CrisisReadinessError(
      'plan-retired',
      `Readiness plan "${command.planId}" is already retired`,
      'planId',
      said('crisis-readiness.plan-is-retired', { plan: command.planId }),
    );
  const reason = requireText(command.reason, 'reason', 2000, 'reason-required');
  return [
    { type: 'crisis-readiness.plan-retired.v1', data: { planId: command.planId, version: state.status === 'published' ? state.currentVersion : null, reason } },
  ];
}
