import { IncidentEvent, IncidentReported } from './incident.events';
import { errorOf, givenFor } from '@vigil/event-sourcing';
import { evolve, initial, IncidentState } from './incident.state';

/** Fixed "now" for deciders: 20 March 2026, noon UTC. */
export const NOW = new Date('2026-03-20T12:00:00.000Z');
export const INCIDENT_ID = '6f1c2b1e-3a4d-4c5e-9f60-7a8b9c0d1e2f';
export const ACTOR = 'ST-7K3Q9P';

export function reported(overrides: Partial<IncidentReported['data']> = {}): IncidentReported {
  return {
    type: 'incidents.incident-reported.v1',
    data: {
      incidentId: INCIDENT_ID,
      kind: 'violence',
      target: 'staff-on-duty',
      perpetrator: 'inmate',
      location: { type: 'institution', area: 'syddanmark', institution: 'nyborg', unit: 'afdeling-b' },
      severity: 'moderate',
      injuries: { physical: 'minor', psychological: true },
      occurredAt: '2026-03-14T20:30:00.000Z',
      description: 'Indsat slog ud efter betjent under visitation.',
      involved: [{ ref: 'IN-4F7K2Q', role: 'perpetrator' }],
      reportedBy: ACTOR,
      ...overrides,
    },
  };
}

/** Given these events happened, the state a decider sees. */
export const given = givenFor<IncidentState, IncidentEvent>({ initial, evolve });

export { errorOf };
