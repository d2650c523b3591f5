import { said } from '@vigil/event-sourcing';
import { CrisisReadinessError } from '../domain/crisis.errors';
import { requireText } from '../domain/crisis.rules';
import { PlanRevisionConfirmed } from '../domain/plan.events';
import { PlanState } from '../domain/plan.state';
import { planRefusal } from '../domain/plan-refusals';

export interface ConfirmPlanRevision {
  planId: string;
  /** What the review covered (e.g. the threat assessments of police and DSB it took into account). */
  note: string;
  actor: string;
}

/** A revision that keeps the plan as it is: the revision clock restarts now. */
export function decide(command: ConfirmPlanRevision, state: PlanState, now: Date): PlanRevisionConfirmed[] {
  if (state.status === 'none') throw planRefusal.notFound(command.planId);
  if (state.status !== 'published')
    throw new CrisisReadinessError(
      'plan-not-published',
      `Readiness plan "${command.planId}" has no version in force to confirm`,
      'planId',
      said('crisis-readiness.nothing-to-confirm', { plan: command.planId }),
    );
  const note = requireText(command.note, 'note');
  return [
    {
      type: 'crisis-readiness.plan-revision-confirmed.v1',
      data: { planId: command.planId, version: state.currentVersion, revisedAt: now.toISOString(), note },
    },
  ];
}
