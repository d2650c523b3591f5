import { IncidentDomainError } from '../domain/incident.errors';
import { IncidentReported } from '../domain/incident.events';
import { requireNotInFuture } from '../domain/incident.rules';
import { IncidentState } from '../domain/incident.state';
import { PSEUDONYMOUS_REF } from '../domain/incident.vocabulary';

export type ReportIncident = Omit<IncidentReported['data'], 'reportedBy'> & { actor: string };

export function decide(command: ReportIncident, state: IncidentState, now: Date): IncidentReported[] {
  if (state.status !== 'none') throw new IncidentDomainError('incident-already-reported', `Incident ${command.incidentId} is already reported`, 'incidentId');
  requireNotInFuture(command.occurredAt, now, 'occurredAt');
  const description = command.description.trim();
  if (!description) throw new IncidentDomainError('invalid-value', 'The description must not be empty', 'description');
  if (description.length > 10_000) throw new IncidentDomainError('invalid-value', 'The description may be at most 10,000 characters', 'description');
  command.involved.forEach((person, i) => {
    if (!PSEUDONYMOUS_REF.test(person.ref)) {
      throw new IncidentDomainError('invalid-value', `involved[${i}].ref must be a pseudonymous reference, not a name`, `involved.${i}.ref`);
    }
  });
  const { actor, ...facts } = command;
  return [{ type: 'incidents.incident-reported.v1', data: { ...facts, description, reportedBy: actor } }];
}
