import { PlanContent } from './plan';

/** A new version of a plan was drafted (or its draft replaced); drafts may change, versions may not. */
export interface PlanDrafted {
  type: 'crisis-readiness.plan-drafted.v1';
  data: { planId: string; version: number; content: PlanContent };
}

/** The draft became version N, fixed for ever: activations pin it. The revision clock starts at `publishedAt`. */
export interface PlanPublished {
  type: 'crisis-readiness.plan-published.v1';
  data: { planId: string; version: number; content: PlanContent; publishedAt: string };
}

/** An older published version gave way to a newer one; activations that pinned it keep it. */
export interface PlanVersionSuperseded {
  type: 'crisis-readiness.plan-version-superseded.v1';
  data: { planId: string; version: number; supersededBy: number };
}

/** The current version was reviewed and kept unchanged; the revision clock restarts at `revisedAt`. */
export interface PlanRevisionConfirmed {
  type: 'crisis-readiness.plan-revision-confirmed.v1';
  data: { planId: string; version: number; revisedAt: string; note: string };
}

/** The plan is withdrawn: no new activations start from it; running ones carry on. */
export interface PlanRetired {
  type: 'crisis-readiness.plan-retired.v1';
  data: { planId: string; version: number | null; reason: string };
}

export type PlanEvent = PlanDrafted | PlanPublished | PlanVersionSuperseded | PlanRevisionConfirmed | PlanRetired;

export const PLAN_EVENT_TYPES: readonly PlanEvent['type'][] = [
  'crisis-readiness.plan-drafted.v1',
  'crisis-readiness.plan-published.v1',
  'crisis-readiness.plan-version-superseded.v1',
  'crisis-readiness.plan-revision-confirmed.v1',
  'crisis-readiness.plan-retired.v1',
];

export function isPlanEvent(type: string): type is PlanEvent['type'] {
  return (PLAN_EVENT_TYPES as readonly string[]).includes(type);
}
