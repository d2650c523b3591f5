import { involvedCounts } from './incident-codes';
import { IncidentReportedV1, INCIDENTS_TOPIC } from './incident-contracts';
import { parseIntegrationMessage } from './parse-message';

const payload: IncidentReportedV1 = {
  incidentId: '5c0b1f9e-2d3a-4b5c-8d6e-7f8091a2b3c4',
  kind: 'violence',
  target: 'staff-on-duty',
  perpetrator: 'inmate',
  severity: 'moderate',
  occurredAt: '2026-03-14T20:30:00.000Z',
  area: 'syddanmark',
  institutionId: 'nyborg',
};
const parse = (p: object) => () =>
  parseIntegrationMessage(
    JSON.stringify({
      contract: 'incidents.incident-reported',
      version: 1,
      messageId: '0b9c2f0e-8d7b-4c1e-9a55-1f3f6a1d2b3c',
      streamId: `incident-${payload.incidentId}`,
      streamRevision: 0,
      recordedAt: '2026-03-14T20:35:00.000Z',
      correlationId: 'c-1',
      payload: p,
    }),
  );

/** Statistics and the action cards depend on this shape: a change to it is a new contract version. */
describe('incidents.incident-reported v1', () => {
  it('has exactly these fields, on its own topic', () => {
    expect(INCIDENTS_TOPIC).toBe('vigil.incidents.v1');
    expect(Object.keys(payload).sort()).toEqual(['area', 'incidentId', 'institutionId', 'kind', 'occurredAt', 'perpetrator', 'severity', 'target']);
    expect(parse(payload)).not.toThrow();
  });

  it('requires every field; the institution is null off duty', () => {
    for (const field of Object.keys(payload)) {
      const without = Object.fromEntries(Object.entries(payload).filter(([name]) => name !== field));
      expect(parse(without)).toThrow(new RegExp(`incidents.incident-reported: .*${field}`));
    }
    expect(parse({ ...payload, institutionId: null })).not.toThrow();
  });
});

/** Version 2 adds where and how many of whom, so statistics can count exposed people without knowing who. */
describe('incidents.incident-reported v2', () => {
  const v2 = { ...payload, locationType: 'institution', physicalInjury: 'none', involved: { target: { inmate: 2 }, perpetrator: { inmate: 1 } } };
  const parseV2 = (p: object) => () =>
    parseIntegrationMessage(
      JSON.stringify({
        contract: 'incidents.incident-reported',
        version: 2,
        messageId: '0b9c2f0e-8d7b-4c1e-9a55-1f3f6a1d2b3c',
        streamId: `incident-${payload.incidentId}`,
        streamRevision: 0,
        recordedAt: '2026-03-14T20:35:00.000Z',
        correlationId: 'c-1',
        payload: p,
      }),
    );

  it('carries head counts by role and kind of person, never a reference', () => {
    expect(parseV2(v2)).not.toThrow();
    expect(parseV2({ ...v2, involved: { target: { 'IN-4K7Q2M': 1 } } })).toThrow(/involved/);
    expect(parseV2({ ...v2, involved: { bystander: { inmate: 1 } } })).toThrow(/involved/);
    expect(parseV2({ ...v2, involved: { target: { inmate: 1.5 } } })).toThrow(/involved/);
    expect(parseV2({ ...v2, locationType: 'home' })).toThrow(/locationType/);
  });

  it('is still read at version 1 from before', () => {
    expect(parse(payload)).not.toThrow();
  });

  it('counts people by the prefix of their reference only', () => {
    expect(
      involvedCounts([
        { ref: 'IN-4K7Q2M', role: 'target' },
        { ref: 'IN-9P3X5R', role: 'target' },
        { ref: 'ST-7K3Q9P', role: 'witness' },
        { ref: 'PR-8H2K4M', role: 'target' },
      ]),
    ).toEqual({ target: { inmate: 2, other: 1 }, witness: { staff: 1 } });
  });
});
