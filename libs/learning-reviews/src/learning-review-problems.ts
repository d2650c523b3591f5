import { domainProblems } from '@vigil/http-commands';
import { ReviewDomainError, ReviewErrorCode } from './domain/review.errors';

const STATUS: Record<ReviewErrorCode, number> = {
  'invalid-value': 400,
  'person-in-text': 400,
  'review-exists': 409,
  'review-not-found': 404,
  'not-found': 404,
  'not-started': 409,
  'already-started': 409,
  'not-a-draft': 409,
  published: 409,
  'not-agreed': 409,
  'invalid-transition': 409,
  'no-change': 422,
};

/** Learning reviews' refusals as HTTP problems, each naming its field where it has one. */
export const learningReviewProblems = domainProblems(ReviewDomainError, STATUS);
