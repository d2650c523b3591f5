import { PlanContent, revisionDueAt } from './plan';
import { PlanEvent } from './plan.events';

export type PlanVersionStatus = 'published' | 'superseded' | 'retired';

export interface PublishedPlanVersion {
  version: number;
  status: PlanVersionStatus;
  content: PlanContent;
  publishedAt: string;
}

interface PlanFacts {
  planId: string;
  versions: PublishedPlanVersion[];
  /** The next version being written, if any. */
  draft: { version: number; content: PlanContent } | null;
}

/** A plan's state: `drafting` until its first publication, then `published` or `retired`. */
export type PlanState =
  | { status: 'none' }
  | (PlanFacts & { status: 'drafting' })
  | (PlanFacts & { status: 'published'; currentVersion: number; lastRevisedAt: string })
  | (PlanFacts & { status: 'retired'; retiredReason: string });

export const initialPlan: PlanState = { status: 'none' };

const setStatus = (versions: PublishedPlanVersion[], version: number, status: PlanVersionStatus) =>
  versions.map((v) => (v.version === version ? { ...v, status } : v));

export function evolvePlan(state: PlanState, event: PlanEvent): PlanState {
  const facts: PlanFacts = state.status === 'none' ? { planId: event.data.planId, versions: [], draft: null } : state;
  switch (event.type) {
    case 'crisis-readiness.plan-drafted.v1': {
      const draft = { version: event.data.version, content: event.data.content };
      return state.status === 'none' ? { ...facts, status: 'drafting', draft } : { ...state, draft };
    }
    case 'crisis-readiness.plan-published.v1': {
      const { version, content, publishedAt } = event.data;
      const versions = [...facts.versions, { version, status: 'published' as const, content, publishedAt }];
      return { planId: facts.planId, versions, draft: null, status: 'published', currentVersion: version, lastRevisedAt: publishedAt };
    }
    case 'crisis-readiness.plan-version-superseded.v1':
      return { ...state, versions: setStatus(facts.versions, event.data.version, 'superseded') } as PlanState;
    case 'crisis-readiness.plan-revision-confirmed.v1':
      return state.status === 'published' ? { ...state, lastRevisedAt: event.data.revisedAt } : state;
    case 'crisis-readiness.plan-retired.v1': {
      const versions = event.data.version === null ? facts.versions : setStatus(facts.versions, event.data.version, 'retired');
      return { planId: facts.planId, versions, draft: null, status: 'retired', retiredReason: event.data.reason };
    }
  }
}

/** The version new activations pin, or null when none is in force. */
export function currentPlanVersion(state: PlanState): PublishedPlanVersion | null {
  if (state.status !== 'published') return null;
  return state.versions.find((v) => v.version === state.currentVersion) ?? null;
}

/** When the plan in force falls due for revision; overdue is this compared with "now" at query time. */
export function planRevisionDueAt(state: PlanState): string | null {
  const current = currentPlanVersion(state);
  return current && state.status === 'published' ? revisionDueAt(state.lastRevisedAt, current.content.revisionIntervalDays) : null;
}
