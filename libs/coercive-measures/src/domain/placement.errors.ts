import { DomainError } from '@vigil/event-sourcing';

export type PlacementErrorCode =
  | 'placement-already-started'
  | 'placement-not-found'
  | 'invalid-transition'
  | 'already-recorded'
  | 'out-of-order'
  | 'in-future'
  | 'invalid-value'
  | 'rule-set-version-conflict'
  | 'own-decision';

/** A command the coercive-measure rules refuse; `field` names the offending input where there is one. */
export class CoerciveMeasureError extends DomainError<PlacementErrorCode> {}
