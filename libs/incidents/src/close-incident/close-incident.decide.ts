import { said } from '@vigil/event-sourcing';
import { IncidentDomainError } from '../domain/incident.errors';
import { IncidentClosed } from '../domain/incident.events';
import { requireReported, requireStatus } from '../domain/incident.rules';
import { IncidentState } from '../domain/incident.state';

export type CloseIncident = Omit<IncidentClosed['data'], 'reason'> & { reason?: string | null; actor: string };

export function decide(command: CloseIncident, state: IncidentState, _now?: Date): IncidentClosed[] {
  const incident = requireReported(state, command.incidentId);
  requireStatus(incident, ['open'], 'close');
  const outcome = (command.outcome ?? '').trim();
  if (!outcome) throw new IncidentDomainError('invalid-value', 'The outcome must not be blank', 'outcome', said('validation.blank'));
  return [{ type: 'incidents.incident-closed.v2', data: { incidentId: command.incidentId, outcome, reason: command.reason || null } }];
}
