import { DomainError } from '@vigil/event-sourcing';

export type RiskCaseErrorCode =
  | 'case-already-opened'
  | 'case-not-found'
  | 'case-closed'
  | 'assessor-not-certified'
  | 'assessment-required'
  | 'assessment-not-found'
  | 'measure-not-found'
  | 'invalid-transition'
  | 'no-change'
  | 'certification-not-found'
  | 'self-certification'
  | 'invalid-value';

/** A command the risk-assessment rules refuse; `field` names the offending input where there is one. */
export class RiskCaseDomainError extends DomainError<RiskCaseErrorCode> {}
