import { ACTION_CARDS_CONTEXT } from '@vigil/action-cards';
import { COERCIVE_MEASURES_CONTEXT } from '@vigil/coercive-measures';
import { VigilContext } from '@vigil/command-handling';
import { CRISIS_READINESS_CONTEXT } from '@vigil/crisis-readiness';
import { INCIDENTS_CONTEXT } from '@vigil/incidents';
import { LEARNING_REVIEWS_CONTEXT } from '@vigil/learning-reviews';
import { reactionFeed } from '@vigil/messaging';
import { RISK_ASSESSMENTS_CONTEXT } from '@vigil/risk-assessments';
import { STATISTICS_CONTEXT } from '@vigil/statistics';

/**
 * Every bounded context, in the order their start-up data loads: the one list the apps iterate.
 * Adding a context is its own folder plus one line here.
 */
export const CONTEXTS: readonly VigilContext[] = [
  INCIDENTS_CONTEXT,
  COERCIVE_MEASURES_CONTEXT,
  RISK_ASSESSMENTS_CONTEXT,
  ACTION_CARDS_CONTEXT,
  CRISIS_READINESS_CONTEXT,
  STATISTICS_CONTEXT,
  LEARNING_REVIEWS_CONTEXT,
];

export const ALL_PUBLICATIONS = CONTEXTS.flatMap((context) => context.publications ?? []);
/** Each context's read models, then its reactions to the others' contracts, fed from the publications that carry them. */
export const ALL_PROJECTIONS = CONTEXTS.flatMap((context) => [
  ...context.projections,
  ...(context.reactions ?? []).map((reaction) => reactionFeed(reaction, ALL_PUBLICATIONS)),
]);
export const CONTEXT_WORKERS = CONTEXTS.flatMap((context) => context.workers ?? []);
