import { requireText } from '../domain/crisis.rules';
import { PlanRetired } from '../domain/plan.events';
import { PlanState } from '../domain/plan.state';
import { planRefusal } from '../domain/plan-refusals';

export interface RetirePlan {
  planId: string;
  reason: string;
  actor: string;
}

/** Withdraws a plan: no new activations start from it; activations under way keep their pinned version. */
export function decide(command: RetirePlan, state: PlanState, _now?: Date): PlanRetired[] {
  if (state.status === 'none') throw planRefusal.notFound(command.planId);
  if (state.status === 'retired') throw planRefusal.retired(command.planId, true);
  const reason = requireText(command.reason, 'reason', 2000, 'reason-required');
  return [
    { type: 'crisis-readiness.plan-retired.v1', data: { planId: command.planId, version: state.status === 'published' ? state.currentVersion : null, reason } },
  ];
}
