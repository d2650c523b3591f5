import { domainProblems } from '@vigil/http-commands';
import { CrisisErrorCode, CrisisReadinessError } from './domain/crisis.errors';

const STATUS: Record<CrisisErrorCode, number> = {
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
export const crisisProblems = domainProblems(CrisisReadinessError, STATUS);
