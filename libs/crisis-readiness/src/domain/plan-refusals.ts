import { said } from '@vigil/event-sourcing';
import { CrisisReadinessError } from './crisis.errors';

/** The refusals drafting, publishing and retiring a readiness plan share, each with its words for people. */
export const planRefusal = {
  exists: (planId: string) =>
    new CrisisReadinessError(
      'plan-already-exists',
      `Readiness plan "${planId}" already exists`,
      'planId',
      said('crisis-readiness.plan-exists', { plan: planId }),
    ),
  notFound: (planId: string) =>
    new CrisisReadinessError('plan-not-found', `No readiness plan "${planId}" exists`, 'planId', said('crisis-readiness.plan-not-found', { plan: planId })),
  retired: (planId: string, already = false) =>
    new CrisisReadinessError(
      'plan-retired',
      `Readiness plan "${planId}" is ${already ? 'already ' : ''}retired`,
      'planId',
      said('crisis-readiness.plan-is-retired', { plan: planId }),
    ),
  nothingToPublish: (planId: string) =>
    new CrisisReadinessError(
      'nothing-to-publish',
      `Readiness plan "${planId}" has no draft to publish`,
      'planId',
      said('crisis-readiness.nothing-to-publish', { plan: planId }),
    ),
};
