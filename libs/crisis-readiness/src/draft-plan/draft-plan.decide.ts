import { canonicalJson, said } from '@vigil/event-sourcing';
import { CrisisReadinessError } from '../domain/crisis.errors';
import { SLUG } from '../domain/crisis.vocabulary';
import { normalisePlan, PlanInput } from '../domain/plan';
import { PlanDrafted } from '../domain/plan.events';
import { currentPlanVersion, PlanState } from '../domain/plan.state';
import { planRefusal } from '../domain/plan-refusals';

export interface DraftPlan {
  planId: string;
  plan: PlanInput;
  /** True when creating a plan; a draft of an unknown plan is refused otherwise. */
  isNew: boolean;
  actor: string;
}

/** Writes (or replaces) the draft of the plan's next version; published versions never change. */
export function decide(command: DraftPlan, state: PlanState, _now?: Date): PlanDrafted[] {
  if (!SLUG.test(command.planId))
    throw new CrisisReadinessError('invalid-value', 'planId must be a slug such as riot-institution', 'planId', said('refusal.slug'));
  if (command.isNew && state.status !== 'none') throw planRefusal.exists(command.planId);
  if (state.status === 'none' && !command.isNew) throw planRefusal.notFound(command.planId);
  if (state.status === 'retired') throw planRefusal.retired(command.planId);
  const content = normalisePlan(command.plan);
  const draft = state.status === 'none' ? null : state.draft;
  const compareTo = draft?.content ?? currentPlanVersion(state)?.content;
  if (compareTo && canonicalJson(compareTo) === canonicalJson(content))
    throw new CrisisReadinessError('no-change', 'The plan is the same as the current draft or version', 'plan', said('crisis-readiness.draft-unchanged'));
  const version = draft?.version ?? (state.status === 'none' ? 1 : Math.max(0, ...state.versions.map((v) => v.version)) + 1);
  return [{ type: 'crisis-readiness.plan-drafted.v1', data: { planId: command.planId, version, content } }];
}
