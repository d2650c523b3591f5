import { canonicalJson, said } from '@vigil/event-sourcing';
import { IncidentDomainError } from '../domain/incident.errors';
import { CORRECTABLE_FIELDS, CorrectableField, FieldChange, IncidentCorrected } from '../domain/incident.events';
import { requireInstant, requireReason, requireReported, requireValidFact } from '../domain/incident.rules';
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
  const changes: FieldChange[] = [];
  for (const field of CORRECTABLE_FIELDS) {
    let to = command.corrections[field];
    if (to === undefined) continue;
    if (field === 'occurredAt') to = requireInstant(to, now, 'corrections.occurredAt');
    else requireValidFact(field, to, `corrections.${field}`);
    if (field === 'description') to = (to as string).trim();
    const from = incident[field];
    // Canonical JSON: the same location with its keys in another order is no change.
    if (canonicalJson(from) !== canonicalJson(to)) changes.push({ field, from, to });
  }
  if (changes.length === 0)
    throw new IncidentDomainError('no-change', 'The corrections repeat what is already recorded', 'corrections', said('incidents.corrections-unchanged'));
  return [{ type: 'incidents.incident-corrected.v1', data: { incidentId: command.incidentId, changes, reason } }];
}
