import { IncidentDomainError } from './incident.errors';
import { IncidentState, ReportedIncident } from './incident.state';

/** Times may run this far ahead of the server clock (clock skew between devices). */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

export function requireReported(state: IncidentState, incidentId: string): ReportedIncident {
  if (state.status === 'none') throw new IncidentDomainError('incident-not-found', `No incident ${incidentId} is recorded`);
  return state;
}

export function requireReason(reason: string | undefined, field = 'reason'): string {
  const trimmed = reason?.trim() ?? '';
  if (!trimmed) throw new IncidentDomainError('reason-required', `A ${field} is required for this change`, field);
  return trimmed;
}

export function requireStatus(state: ReportedIncident, allowed: ReportedIncident['status'][], action: string): void {
  if (!allowed.includes(state.status)) {
    throw new IncidentDomainError('invalid-transition', `Cannot ${action} an incident that is ${state.status} (allowed when ${allowed.join(' or ')})`);
  }
}

export function requireNotInFuture(iso: string, now: Date, field: string): void {
  if (new Date(iso).getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    throw new IncidentDomainError(field === 'occurredAt' ? 'occurred-in-future' : 'invalid-value', `${field} ${iso} lies in the future`, field);
  }
}
