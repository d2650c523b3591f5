import { DomainError } from '@vigil/event-sourcing';

export type CrisisErrorCode =
  | 'invalid-value'
  | 'plan-not-found'
  | 'plan-already-exists'
  | 'plan-retired'
  | 'plan-not-published'
  | 'nothing-to-publish'
  | 'activation-not-found'
  | 'activation-already-started'
  | 'invalid-transition'
  | 'entry-not-found'
  | 'entry-already-corrected'
  | 'evaluation-already-recorded'
  | 'reason-required'
  | 'no-change';

/** A command the crisis-readiness rules refuse; `field` names the offending input where there is one. */
export class CrisisReadinessError extends DomainError<CrisisErrorCode> {}
