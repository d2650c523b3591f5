import { said } from '@vigil/event-sourcing';
import { IncidentDomainError } from './incident.errors';
import { IncidentState, ReportedIncident } from './incident.state';
import {
  AREAS,
  INCIDENT_KINDS,
  INSTITUTION_SLUG,
  INVOLVED_ROLES,
  isOneOf,
  PERPETRATOR_TYPES,
  PHYSICAL_INJURY,
  PSEUDONYMOUS_REF,
  SEVERITIES,
  TARGET_GROUPS,
} from './incident.vocabulary';

/** Times may run this far ahead of the server clock (clock skew between devices). */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

export function requireReported(state: IncidentState, incidentId: string): ReportedIncident {
  if (state.status === 'none')
    throw new IncidentDomainError('incident-not-found', `No incident ${incidentId} is recorded`, undefined, said('not-found.incident'));
  return state;
}

export function requireReason(reason: string | undefined, field = 'reason'): string {
  const trimmed = reason?.trim() ?? '';
  if (!trimmed) throw new IncidentDomainError('reason-required', `A ${field} is required for this change`, field, said('validation.blank'));
  return trimmed;
}

export function requireStatus(state: ReportedIncident, allowed: ReportedIncident['status'][], action: string): void {
  if (!allowed.includes(state.status)) {
    throw new IncidentDomainError(
      'invalid-transition',
      `Cannot ${action} an incident that is ${state.status} (allowed when ${allowed.join(' or ')})`,
      undefined,
      said('incidents.status', { status: state.status.replace(/-/g, '_') }),
    );
  }
}

/** Parses an instant and refuses one in the future; returns it normalised to ISO 8601 UTC. */
export function requireInstant(value: unknown, now: Date, field: string): string {
  const time = typeof value === 'string' ? new Date(value).getTime() : NaN;
  if (Number.isNaN(time)) throw new IncidentDomainError('invalid-value', `${field} must be an ISO 8601 date-time`, field, said('validation.date-time'));
  if (time > now.getTime() + FUTURE_TOLERANCE_MS) {
    throw new IncidentDomainError(
      field.endsWith('occurredAt') ? 'occurred-in-future' : 'invalid-value',
      `${field} ${String(value)} lies in the future`,
      field,
      said('validation.in-future'),
    );
  }
  return new Date(time).toISOString();
}

function requireOneOf(values: readonly string[], value: unknown, field: string): void {
  if (!isOneOf(values, value)) throw new IncidentDomainError('invalid-value', `${field} must be one of ${values.join(', ')}`, field, said('validation.choice'));
}

/** Checks one reportable fact by name, so reports and corrections share the same rules. */
export function requireValidFact(field: string, value: unknown, path = field): void {
  const v = value as Record<string, unknown>;
  switch (field) {
    case 'kind':
      return requireOneOf(INCIDENT_KINDS, value, path);
    case 'target':
      return requireOneOf(TARGET_GROUPS, value, path);
    case 'perpetrator':
      return requireOneOf(PERPETRATOR_TYPES, value, path);
    case 'severity':
      return requireOneOf(SEVERITIES, value, path);
    case 'injuries':
      requireOneOf(PHYSICAL_INJURY, v?.physical, `${path}.physical`);
      if (typeof v.psychological !== 'boolean')
        throw new IncidentDomainError('invalid-value', `${path}.psychological must be true or false`, `${path}.psychological`, said('validation.yes-no'));
      return;
    case 'location':
      requireOneOf(['institution', 'off-duty'], v?.type, `${path}.type`);
      requireOneOf(AREAS, v.area, `${path}.area`);
      if (v.type === 'institution' && !(typeof v.institution === 'string' && INSTITUTION_SLUG.test(v.institution))) {
        throw new IncidentDomainError('invalid-value', `${path}.institution must name an institution`, `${path}.institution`, said('refusal.slug'));
      }
      return;
    case 'description':
      if (typeof value !== 'string' || !value.trim())
        throw new IncidentDomainError('invalid-value', 'The description must not be empty', path, said('validation.blank'));
      if (value.length > 10_000)
        throw new IncidentDomainError('invalid-value', 'The description may be at most 10,000 characters', path, said('validation.too-long', { max: 10_000 }));
      return;
    case 'involved':
      if (!Array.isArray(value)) throw new IncidentDomainError('invalid-value', `${path} must be a list`, path, said('validation.list'));
      value.forEach((person: { ref?: unknown; role?: unknown }, i) => {
        if (!(typeof person?.ref === 'string' && PSEUDONYMOUS_REF.test(person.ref))) {
          throw new IncidentDomainError(
            'invalid-value',
            `${path}[${i}].ref must be a pseudonymous reference, not a name`,
            `${path}.${i}.ref`,
            said('validation.pseudonymous-ref'),
          );
        }
        requireOneOf(INVOLVED_ROLES, person.role, `${path}.${i}.role`);
      });
  }
}
