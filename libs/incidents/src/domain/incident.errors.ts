import { DomainError } from '@vigil/event-sourcing';

export type IncidentErrorCode =
  | 'incident-already-reported'
  | 'incident-not-found'
  | 'invalid-transition'
  | 'occurred-in-future'
  | 'no-change'
  | 'duplicate-of-itself'
  | 'reason-required'
  | 'invalid-value';

/** A command the incident's rules refuse; `field` names the offending input where there is one. */
export class IncidentDomainError extends DomainError<IncidentErrorCode> {}
