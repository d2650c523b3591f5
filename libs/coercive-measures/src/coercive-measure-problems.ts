import { problem, ProblemFilter, ProblemMapper } from '@vigil/http-problems';
import { CoerciveMeasureError } from './domain/placement.errors';

const STATUS: Record<CoerciveMeasureError['code'], number> = {
  'placement-already-started': 409,
  'placement-not-found': 404,
  'invalid-transition': 409,
  'already-recorded': 409,
  'out-of-order': 400,
  'in-future': 400,
  'invalid-value': 400,
  'rule-set-version-conflict': 409,
};

/** Coercive-measure domain errors as HTTP problems, each naming its field where it has one. */
export const coerciveMeasureProblems: ProblemMapper = (error) => {
  if (!(error instanceof CoerciveMeasureError)) return null;
  return problem(
    STATUS[error.code],
    error.code,
    error.code.replace(/-/g, ' '),
    error.message,
    error.field ? { errors: [{ field: error.field, message: error.message }] } : {},
  );
};

/**
 * The problem filter for this context's controllers. Scoped to them (not a second PROBLEM_MAPPERS
 * provider), because two modules exporting that token would shadow one another.
 */
export const COERCIVE_MEASURE_PROBLEMS = new ProblemFilter([coerciveMeasureProblems]);
