import {
  SERVICE_AREA_CODES,
  INCIDENT_KIND_CODES,
  INVOLVED_ROLE_CODES,
  LOCATION_TYPE_CODES,
  PERPETRATOR_CODES,
  PHYSICAL_INJURY_CODES,
  TARGET_GROUP_CODES,
  assertValidMessage,
} from '@vigil/integration-contracts';
import { RecordedEvent } from '@vigil/event-store';
import { AREAS, INCIDENT_KINDS, INVOLVED_ROLES, LOCATION_TYPES, PERPETRATOR_TYPES, PHYSICAL_INJURY, TARGET_GROUPS } from '../domain/incident.vocabulary';
import { INCIDENT_PUBLICATION } from './incident-publication';

const recorded = (type: string, data: object, revision = 0): RecordedEvent =>
  ({
    id: '0b9c2f0e-8d7b-4c1e-9a55-1f3f6a1d2b3c',
    streamId: 'incident-5c0b1f9e-2d3a-4b5c-8d6e-7f8091a2b3c4',
    revision,
    type,
    data: { incidentId: '5c0b1f9e-2d3a-4b5c-8d6e-7f8091a2b3c4', ...data },
    metadata: { recordedAt: '2026-03-15T08:00:00.000Z', correlationId: 'c-1', actor: 'ST-7K3Q9P' },
  }) as unknown as RecordedEvent;

describe("the incident register's published language", () => {
  it('is the register vocabulary, code for code', () => {
    expect([...INCIDENT_KIND_CODES]).toEqual([...INCIDENT_KINDS]);
    expect([...TARGET_GROUP_CODES]).toEqual([...TARGET_GROUPS]);
    expect([...PERPETRATOR_CODES]).toEqual([...PERPETRATOR_TYPES]);
    expect([...LOCATION_TYPE_CODES]).toEqual([...LOCATION_TYPES]);
    expect([...SERVICE_AREA_CODES]).toEqual([...AREAS]);
    expect([...INVOLVED_ROLE_CODES]).toEqual([...INVOLVED_ROLES]);
    expect([...PHYSICAL_INJURY_CODES]).toEqual([...PHYSICAL_INJURY]);
  });

  it('publishes a report at version 2 with head counts, never who or what was written', () => {
    const [message] = INCIDENT_PUBLICATION.toMessages(
      recorded('incidents.incident-reported.v1', {
        kind: 'violence',
        target: 'inmate',
        perpetrator: 'inmate',
        location: { type: 'institution', area: 'syddanmark', institution: 'nyborg', unit: 'afdeling-b' },
        severity: 'moderate',
        injuries: { physical: 'minor', psychological: false },
        occurredAt: '2026-03-14T21:30:00+01:00',
        description: 'Slagsmål i gårdtur.',
        involved: [
          { ref: 'IN-4K7Q2M', role: 'target' },
          { ref: 'IN-9P3X5R', role: 'target' },
          { ref: 'ST-7K3Q9P', role: 'reporter' },
        ],
        reportedBy: 'ST-7K3Q9P',
      }),
    );
    expect(message).toMatchObject({ contract: 'incidents.incident-reported', version: 2, recordedAt: '2026-03-15T08:00:00.000Z' });
    expect(message.payload).toMatchObject({
      locationType: 'institution',
      physicalInjury: 'minor',
      involved: { target: { inmate: 2 }, reporter: { staff: 1 } },
    });
    const text = JSON.stringify(message.payload);
    for (const secret of ['IN-4K7Q2M', 'ST-7K3Q9P', 'Slagsmål', 'afdeling-b']) expect(text).not.toContain(secret);
    expect(() => assertValidMessage(message)).not.toThrow();
  });

  it('publishes corrected perpetrators and people as counts too', () => {
    const [message] = INCIDENT_PUBLICATION.toMessages(
      recorded(
        'incidents.incident-corrected.v1',
        {
          changes: [
            { field: 'perpetrator', from: 'inmate', to: 'client' },
            { field: 'involved', from: [], to: [{ ref: 'ST-7K3Q9P', role: 'target' }] },
            { field: 'description', from: 'a', to: 'b' },
          ],
          reason: 'Rettet',
        },
        1,
      ),
    );
    expect(message).toMatchObject({ contract: 'incidents.incident-facts-corrected', version: 2 });
    expect(message.payload).toEqual({ incidentId: '5c0b1f9e-2d3a-4b5c-8d6e-7f8091a2b3c4', perpetrator: 'client', involved: { target: { staff: 1 } } });
    expect(() => assertValidMessage(message)).not.toThrow();
  });
});
