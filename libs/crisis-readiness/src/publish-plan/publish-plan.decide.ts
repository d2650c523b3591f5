import { PlanEvent } from '../domain/plan.events';
import { PlanState } from '../domain/plan.state';
import { planRefusal } from '../domain/plan-refusals';

export interface PublishPlan {
  planId: string;
  actor: string;
}

/** The draft becomes version N for good; the version it replaces is marked superseded. */
export function decide(command: PublishPlan, state: PlanState, now: Date): PlanEvent[] {
  if (state.status === 'none') throw planRefusal.notFound(command.planId);
  if (state.status === 'retired') throw planRefusal.retired(command.planId);
  if (!state.draft) throw planRefusal.nothingToPublish(command.planId);
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
