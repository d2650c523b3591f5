import { domainProblems } from '@vigil/http-commands';
import { RiskCaseDomainError, RiskCaseErrorCode } from './domain/risk-case.errors';

const STATUS: Record<RiskCaseErrorCode, number> = {
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
  'self-certification': 403,
  'invalid-value': 400,
};

/** The risk-assessment context's domain errors as HTTP problems, each naming its field where it has one. */
export const riskAssessmentProblems = domainProblems(RiskCaseDomainError, STATUS);
