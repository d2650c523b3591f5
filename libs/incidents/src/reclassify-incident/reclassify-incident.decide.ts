import { said } from '@vigil/event-sourcing';
import { IncidentDomainError } from '../domain/incident.errors';
import { IncidentReclassified } from '../domain/incident.events';
import { requireReason, requireReported } from '../domain/incident.rules';
import { IncidentState } from '../domain/incident.state';
import { IncidentKind, TargetGroup } from '../domain/incident.vocabulary';

export interface ReclassifyIncident {
  incidentId: string;
  actor: string;
  kind?: IncidentKind;
  target?: TargetGroup;
  reason: string;
}

export function decide(command: ReclassifyIncident, state: IncidentState, _now?: Date): IncidentReclassified[] {
  const incident = requireReported(state, command.incidentId);
  const reason = requireReason(command.reason);
  const from = { kind: incident.kind, target: incident.target };
  const to = { kind: command.kind ?? incident.kind, target: command.target ?? incident.target };
  if (from.kind === to.kind && from.target === to.target) {
    throw new IncidentDomainError(
      'no-change',
      `The incident is already ${from.kind} against ${from.target}`,
      command.kind ? 'kind' : 'target',
      said('incidents.already-classified'),
    );
  }
  return [{ type: 'incidents.incident-reclassified.v1', data: { incidentId: command.incidentId, from, to, reason } }];
}
