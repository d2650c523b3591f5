import { DomainError } from '@vigil/event-sourcing';

export type StatisticsErrorCode =
  | 'invalid-value'
  | 'no-change'
  | 'unknown-indicator'
  | 'unknown-version'
  | 'already-published'
  | 'year-not-ended'
  | 'vintage-not-later'
  | 'unknown-goal'
  | 'already-imported-differently';

/** A statistics command the rules refuse; `field` names the offending input where there is one. */
export class StatisticsDomainError extends DomainError<StatisticsErrorCode> {}
