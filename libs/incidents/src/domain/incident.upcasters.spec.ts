import { IncidentClosedV1 } from './incident.events';
import { INCIDENT_UPCASTERS, upcastIncidentEvent } from './incident.upcasters';

const INCIDENT_ID = '19fc45a7-ddf0-40af-90f6-4dadf71f51fa';

function storedV1(data: IncidentClosedV1['data']) {
  return { type: 'incidents.incident-closed.v1', data, globalPosition: 12n, streamId: `incident-${INCIDENT_ID}` };
}

describe('incident upcasters', () => {
  it('reads a v1 closing without a reason as v2 with reason null', () => {
    const read = upcastIncidentEvent(storedV1({ incidentId: INCIDENT_ID, outcome: 'Afsluttet' }));
    expect(read).toEqual({
      type: 'incidents.incident-closed.v2',
      data: { incidentId: INCIDENT_ID, outcome: 'Afsluttet', reason: null },
      globalPosition: 12n,
      streamId: `incident-${INCIDENT_ID}`,
    });
  });

  it('keeps the reason of a v1 closing that had one', () => {
    const read = upcastIncidentEvent(storedV1({ incidentId: INCIDENT_ID, outcome: 'Afsluttet', reason: 'Sagen er oplyst' }));
    expect(read.data).toEqual({ incidentId: INCIDENT_ID, outcome: 'Afsluttet', reason: 'Sagen er oplyst' });
  });

  it('leaves a v2 closing, and every other incident event, as it is', () => {
    const v2 = { type: 'incidents.incident-closed.v2', data: { incidentId: INCIDENT_ID, outcome: 'Afsluttet', reason: null } };
    expect(upcastIncidentEvent(v2)).toBe(v2);
    const reopened = { type: 'incidents.incident-reopened.v1', data: { incidentId: INCIDENT_ID, reason: 'Ny oplysning' } };
    expect(upcastIncidentEvent(reopened)).toBe(reopened);
  });

  it('is pure: the stored v1 data is not touched', () => {
    const data = { incidentId: INCIDENT_ID, outcome: 'Afsluttet' };
    INCIDENT_UPCASTERS['incidents.incident-closed.v1'](data);
    expect(data).toEqual({ incidentId: INCIDENT_ID, outcome: 'Afsluttet' });
  });
});
