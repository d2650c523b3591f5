import { problem, ProblemFilter, ProblemMapper } from '@vigil/http-problems';
import { CrisisReadinessError } from './domain/crisis.errors';

const STATUS: Record<CrisisReadinessError['code'], number> = {
  'invalid-value': 400,
  'plan-not-found': 404,
  'plan-already-exists': 409,
  'plan-retired': 409,
  'plan-not-published': 409,
  'nothing-to-publish': 409,
  'activation-not-found': 404,
  'activation-already-started': 409,
  'invalid-transition': 409,
  'entry-not-found': 404,
  'entry-already-corrected': 409,
  'evaluation-already-recorded': 409,
  'reason-required': 400,
  'no-change': 422,
};

/** Crisis-readiness domain errors as HTTP problems, each naming its field where it has one. */
export const crisisProblems: ProblemMapper = (error) => {
  if (!(error instanceof CrisisReadinessError)) return null;
  return problem(STATUS[error.code], error.code, error.code.replace(/-/g, ' '), error.message, error.field ? { errors: [{ field: error.field, message: error.message }] } : {});
};

/**
 * The problem filter on this context's controllers (stale revisions and the rest fall through to
 * the shared mapping). Scoped to them because PROBLEM_MAPPERS is a single, app-wide provider.
 */
export class CrisisProblemFilter extends ProblemFilter {
  constructor() {
    super([crisisProblems]);
  }
}

export const CRISIS_PROBLEMS = new CrisisProblemFilter();
