import { domainProblems } from '@vigil/http-commands';
import { IncidentDomainError, IncidentErrorCode } from './domain/incident.errors';

const STATUS: Record<IncidentErrorCode, number> = {
  'incident-already-reported': 409,
  'incident-not-found': 404,
  'invalid-transition': 409,
  'occurred-in-future': 400,
  'no-change': 422,
  'duplicate-of-itself': 400,
  'reason-required': 400,
  'invalid-value': 400,
};

/** The incident register's domain errors as HTTP problems, each naming its field where it has one. */
export const incidentProblems = domainProblems(IncidentDomainError, STATUS);
