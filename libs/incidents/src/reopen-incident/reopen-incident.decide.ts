import { IncidentReopened } from '../domain/incident.events';
import { requireReason, requireReported, requireStatus } from '../domain/incident.rules';
import { IncidentState } from '../domain/incident.state';

export type ReopenIncident = IncidentReopened['data'] & { actor: string };

export function decide(command: ReopenIncident, state: IncidentState, _now?: Date): IncidentReopened[] {
  const incident = requireReported(state, command.incidentId);
  const reason = requireReason(command.reason);
  requireStatus(incident, ['closed', 'duplicate', 'not-reportable'], 'reopen');
  return [{ type: 'incidents.incident-reopened.v1', data: { incidentId: command.incidentId, reason } }];
}
