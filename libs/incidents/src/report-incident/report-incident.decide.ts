import { said } from '@vigil/event-sourcing';
import { IncidentDomainError } from '../domain/incident.errors';
import { IncidentReported } from '../domain/incident.events';
import { requireInstant, requireValidFact } from '../domain/incident.rules';
import { IncidentState } from '../domain/incident.state';

export type ReportIncident = Omit<IncidentReported['data'], 'reportedBy'> & { actor: string };

const FACTS = ['kind', 'target', 'perpetrator', 'location', 'severity', 'injuries', 'description', 'involved'] as const;

export function decide(command: ReportIncident, state: IncidentState, now: Date): IncidentReported[] {
  if (state.status !== 'none')
    throw new IncidentDomainError(
      'incident-already-reported',
      `Incident ${command.incidentId} is already reported`,
      'incidentId',
      said('incidents.already-reported'),
    );
  for (const field of FACTS) requireValidFact(field, command[field]);
  const occurredAt = requireInstant(command.occurredAt, now, 'occurredAt');
  const { actor, ...facts } = command;
  return [{ type: 'incidents.incident-reported.v1', data: { ...facts, occurredAt, description: command.description.trim(), reportedBy: actor } }];
}
