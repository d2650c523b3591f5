import { domainProblems } from '@vigil/http-commands';
import { CoerciveMeasureError, PlacementErrorCode } from './domain/placement.errors';

const STATUS: Record<PlacementErrorCode, number> = {
  'placement-already-started': 409,
  'placement-not-found': 404,
  'invalid-transition': 409,
  'already-recorded': 409,
  'out-of-order': 400,
  'in-future': 400,
  'invalid-value': 400,
  'rule-set-version-conflict': 409,
  'own-decision': 403,
};

/** Coercive-measure domain errors as HTTP problems, each naming its field where it has one; a 409 carries the record as it stands. */
export const coerciveMeasureProblems = domainProblems(CoerciveMeasureError, STATUS);
