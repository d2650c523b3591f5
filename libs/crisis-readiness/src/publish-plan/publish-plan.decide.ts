import { said } from '@vigil/event-sourcing';
import { CrisisReadinessError } from '../domain/crisis.errors';
import { PlanEvent } from '../domain/plan.events';
import { PlanState } from '../domain/plan.state';

export interface PublishPlan {
  planId: string;
  actor: string;
}

/** The draft becomes version N for good; the version it replaces is marked superseded. */
export function decide(command: PublishPlan, state: PlanState, now: Date): PlanEvent[] {
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
      `Readiness plan "${command.planId}" is retired`,
      'planId',
      said('crisis-readiness.plan-is-retired', { plan: command.planId }),
    );
  if (!state.draft)
    throw new CrisisReadinessError(
      'nothing-to-publish',
      `Readiness plan "${command.planId}" has no draft to publish`,
      'planId',
      said('crisis-readiness.nothing-to-publish', { plan: command.planId }),
    );
  const { version, content } = state.draft;
  const events: PlanEvent[] = [
    { type: 'crisis-readiness.plan-published.v1', data: { planId: command.planId, version, content, publishedAt: now.toISOString() } },
  ];
  if (state.status === 'published') {
    events.push({
      type: 'crisis-readiness.plan-version-superseded.v1',
      data: { planId: command.planId, version: state.currentVersion, supersededBy: version },
    });
  }
  return events;
}
