import { StreamKind } from '@vigil/command-handling';
import { IncidentEvent } from './domain/incident.events';
import { evolve, initial, IncidentState } from './domain/incident.state';

/** Each incident is one stream, `incident-<uuid>`; the category `incident` feeds its projections. */
export const INCIDENT_CATEGORY = 'incident';

export function incidentStreamId(incidentId: string): string {
  return `${INCIDENT_CATEGORY}-${incidentId}`;
}

export function incidentIdOf(streamId: string): string {
  return streamId.slice(INCIDENT_CATEGORY.length + 1);
}

/** Every incident command works on one incident's stream; keys keep the namespace they always had. */
export const INCIDENT_STREAM: StreamKind<{ incidentId: string }, IncidentState, IncidentEvent> = {
  model: { initial, evolve },
  namespace: 'vigil-command',
  streamOf: (command) => incidentStreamId(command.incidentId),
};
