import { ContractViolation } from './envelope';
import { parseIntegrationMessage } from './parse-message';

const valid = {
  contract: 'incidents.incident-reported',
  version: 1,
  messageId: '0b9c2f0e-8d7b-4c1e-9a55-1f3f6a1d2b3c',
  streamId: 'incident-42',
  streamRevision: 0,
  recordedAt: '2026-11-01T10:00:00.000Z',
  correlationId: 'c-1',
  payload: {
    incidentId: '42',
    kind: 'violence',
    target: 'staff-on-duty',
    perpetrator: 'inmate',
    severity: 'serious',
    occurredAt: '2026-11-01T09:30:00.000Z',
    area: 'hovedstaden',
    institutionId: 'vestre-faengsel',
  },
};

const parse = (value: unknown) => () => parseIntegrationMessage(JSON.stringify(value));

describe('parseIntegrationMessage', () => {
  it('reads a valid incident-reported v1', () => {
    expect(parseIntegrationMessage(JSON.stringify(valid)).payload).toEqual(valid.payload);
  });

  it('refuses free text smuggled into a code field, naming the field', () => {
    expect(parse({ ...valid, payload: { ...valid.payload, kind: 'Hit by Jensen in the yard' } })).toThrow(/incidents.incident-reported: kind/);
  });

  it('refuses fields the contract does not have (no description, no person references)', () => {
    expect(parse({ ...valid, payload: { ...valid.payload, description: 'x' } })).toThrow(/description/);
  });

  it('names unknown contracts and versions', () => {
    expect(parse({ ...valid, version: 9 })).toThrow('unknown contract incidents.incident-reported v9');
  });

  it('refuses bytes that are not JSON', () => {
    expect(() => parseIntegrationMessage('{oops')).toThrow(ContractViolation);
    expect(() => parseIntegrationMessage(null)).toThrow('empty message');
  });
});
