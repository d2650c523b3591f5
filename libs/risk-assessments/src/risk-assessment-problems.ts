import { Catch } from '@nestjs/common';
import { problem, ProblemFilter, ProblemMapper } from '@vigil/http-problems';
import { RiskCaseDomainError } from './domain/risk-case.errors';

const STATUS: Record<RiskCaseDomainError['code'], number> = {
  'case-already-opened': 409,
  'case-not-found': 404,
  'case-closed': 409,
  'assessor-not-certified': 422,
  'assessment-required': 409,
  'assessment-not-found': 400,
  'measure-not-found': 404,
  'invalid-transition': 409,
  'no-change': 422,
  'certification-not-found': 404,
  'invalid-value': 400,
};

/** The risk-assessment context's domain errors as HTTP problems, each naming its field where it has one. */
export const riskAssessmentProblems: ProblemMapper = (error) => {
  if (!(error instanceof RiskCaseDomainError)) return null;
  return problem(STATUS[error.code], error.code, error.code.replace(/-/g, ' '), error.message, error.field ? { errors: [{ field: error.field, message: error.message }] } : {});
};

/**
 * Scoped to this context's controllers, so its mapper applies without displacing the app-wide
 * PROBLEM_MAPPERS provider (a single token other contexts also fill); everything else maps as usual.
 */
@Catch()
export class RiskAssessmentProblemFilter extends ProblemFilter {
  constructor() {
    super([riskAssessmentProblems]);
  }
}
