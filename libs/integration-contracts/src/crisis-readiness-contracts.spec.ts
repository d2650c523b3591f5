import { ActivationStartedV1, CRISIS_READINESS_TOPIC } from './crisis-readiness-contracts';
import { parseIntegrationMessage } from './parse-message';

const payload: ActivationStartedV1 = {
  activationId: '7f1c2d3e-4a5b-4c6d-8e7f-901234567890',
  planId: 'riot',
  planVersion: 3,
  actionCardTemplateIds: ['crisis-riot', 'threat-against-employee'],
  scopeKind: 'institution',
  area: 'syddanmark',
  institutionId: 'nyborg',
  unitId: null,
  level: 'tactical',
  exercise: true,
  activatedAt: '2026-11-20T11:50:00.000Z',
};
const message = (p: object) => ({
  contract: 'crisis-readiness.activation-started',
  version: 1,
  messageId: '0b9c2f0e-8d7b-4c1e-9a55-1f3f6a1d2b3c',
  streamId: `crisisactivation-${payload.activationId}`,
  streamRevision: 0,
  recordedAt: '2026-11-20T11:50:00.120Z',
  correlationId: 'c-1',
  payload: p,
});
const parse = (p: object) => () => parseIntegrationMessage(JSON.stringify(message(p)));

/** Consumers (the action cards) depend on this shape: a change to it is a new contract version. */
describe('crisis-readiness.activation-started v1', () => {
  it('has exactly these fields, on its own topic', () => {
    expect(CRISIS_READINESS_TOPIC).toBe('vigil.crisis-readiness.v1');
    expect(Object.keys(payload).sort()).toEqual([
      'actionCardTemplateIds',
      'activatedAt',
      'activationId',
      'area',
      'exercise',
      'institutionId',
      'level',
      'planId',
      'planVersion',
      'scopeKind',
      'unitId',
    ]);
    expect(parseIntegrationMessage(JSON.stringify(message(payload))).payload).toEqual(payload);
  });

  it('requires every field; area, institution and unit may be null (a national activation)', () => {
    for (const field of Object.keys(payload)) {
      const without = Object.fromEntries(Object.entries(payload).filter(([name]) => name !== field));
      expect(parse(without)).toThrow(new RegExp(`crisis-readiness.activation-started: .*${field}`));
    }
    expect(parse({ ...payload, scopeKind: 'national', area: null, institutionId: null })).not.toThrow();
  });

  it('carries no plan title, reason or person, and no free text in its codes', () => {
    for (const extra of [{ planTitle: 'Uro og mytteri' }, { reason: 'Øvelse i uro.' }, { activatedBy: 'ST-7K3Q9P' }])
      expect(parse({ ...payload, ...extra })).toThrow(Object.keys(extra)[0]);
    expect(parse({ ...payload, level: 'Very high, call Jensen' })).toThrow(/level/);
    expect(parse({ ...payload, actionCardTemplateIds: ['crisis riot at the gate'] })).toThrow(/actionCardTemplateIds/);
  });
});
