import { said } from '@vigil/event-sourcing';
import { IncidentDomainError } from '../domain/incident.errors';
import { IncidentMarkedDuplicate } from '../domain/incident.events';
import { requireReason, requireReported, requireStatus } from '../domain/incident.rules';
import { IncidentState } from '../domain/incident.state';

export interface MarkDuplicate {
  incidentId: string;
  actor: string;
  duplicateOf: string;
  reason: string;
}

/** That the other incident exists is checked by the handler, which can read it. */
export function decide(command: MarkDuplicate, state: IncidentState, _now?: Date): IncidentMarkedDuplicate[] {
  const incident = requireReported(state, command.incidentId);
  const reason = requireReason(command.reason);
  if (command.duplicateOf === command.incidentId)
    throw new IncidentDomainError('duplicate-of-itself', 'An incident cannot be a duplicate of itself', 'duplicateOf', said('incidents.duplicate-of-itself'));
  requireStatus(incident, ['open', 'closed'], 'mark as duplicate');
  return [{ type: 'incidents.incident-marked-duplicate.v1', data: { incidentId: command.incidentId, duplicateOf: command.duplicateOf, reason } }];
}
