import { DomainError } from '@vigil/event-sourcing';

export type ReviewErrorCode =
  | 'invalid-value'
  | 'review-exists'
  | 'review-not-found'
  | 'not-started'
  | 'already-started'
  | 'not-a-draft'
  | 'published'
  | 'not-agreed'
  | 'not-found'
  | 'invalid-transition'
  | 'person-in-text'
  | 'no-change';

/** A learning-review command the rules refuse; `field` names the offending input where there is one. */
export class ReviewDomainError extends DomainError<ReviewErrorCode> {}
