import { IncidentMarkedNotReportable } from '../domain/incident.events';
import { requireReason, requireReported, requireStatus } from '../domain/incident.rules';
import { IncidentState } from '../domain/incident.state';

export interface MarkNotReportable {
  incidentId: string;
  actor: string;
  reason: string;
}

export function decide(command: MarkNotReportable, state: IncidentState, _now?: Date): IncidentMarkedNotReportable[] {
  const incident = requireReported(state, command.incidentId);
  const reason = requireReason(command.reason);
  requireStatus(incident, ['open', 'closed'], 'mark as not reportable');
  return [{ type: 'incidents.incident-marked-not-reportable.v1', data: { incidentId: command.incidentId, reason } }];
}
