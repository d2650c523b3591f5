import { DomainError } from '@vigil/event-sourcing';

export type ActionCardErrorCode =
  | 'invalid-value'
  | 'template-not-found'
  | 'template-already-exists'
  | 'template-retired'
  | 'nothing-to-publish'
  | 'run-not-found'
  | 'run-already-started'
  | 'run-completed'
  | 'step-not-found'
  | 'step-not-open'
  | 'step-not-closed'
  | 'prerequisites-open'
  | 'note-required'
  | 'justification-required'
  | 'reason-required'
  | 'no-change';

/** A command the action-card rules refuse; `field` names the offending input where there is one. */
export class ActionCardError extends DomainError<ActionCardErrorCode> {}
