import { IncidentDomainError } from '../domain/incident.errors';
import { CORRECTABLE_FIELDS, CorrectableField, FieldChange, IncidentCorrected } from '../domain/incident.events';
import { requireNotInFuture, requireReason, requireReported } from '../domain/incident.rules';
import { IncidentState } from '../domain/incident.state';

export interface CorrectIncident {
  incidentId: string;
  actor: string;
  corrections: Partial<Record<CorrectableField, unknown>>;
  reason: string;
}

/** Only fields whose value really differs become changes; facts of closed incidents may be corrected too. */
export function decide(command: CorrectIncident, state: IncidentState, now: Date): IncidentCorrected[] {
  const incident = requireReported(state, command.incidentId);
  const reason = requireReason(command.reason);
  if (typeof command.corrections.occurredAt === 'string') requireNotInFuture(command.corrections.occurredAt, now, 'corrections.occurredAt');
  const changes: FieldChange[] = [];
  for (const field of CORRECTABLE_FIELDS) {
    const to = command.corrections[field];
    if (to === undefined) continue;
    const from = incident[field];
    if (JSON.stringify(from) !== JSON.stringify(to)) changes.push({ field, from, to });
  }
  if (changes.length === 0) throw new IncidentDomainError('no-change', 'The corrections repeat what is already recorded', 'corrections');
  return [{ type: 'incidents.incident-corrected.v1', data: { incidentId: command.incidentId, changes, reason } }];
}
