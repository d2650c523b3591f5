import { ContractViolation, IncidentReportedV1, IncidentReportedV2, IntegrationMessage } from '@vigil/integration-contracts';
import { nextFact, reportedFact } from './incident-fact';

const message = (contract: string, payload: object): IntegrationMessage => ({
  contract,
  version: 1,
  messageId: 'm-1',
  streamId: 'incident-1',
  streamRevision: 3,
  recordedAt: '2026-11-01T10:00:00.000Z',
  correlationId: 'c',
  payload: { incidentId: '1', ...payload },
});
const fact = reportedFact({
  incidentId: '1',
  kind: 'threat',
  target: 'inmate',
  perpetrator: 'inmate',
  severity: 'minor',
  occurredAt: '2026-03-14T20:30:00+01:00',
  area: 'syddanmark',
  institutionId: 'nyborg',
  locationType: 'institution',
  physicalInjury: 'none',
  involved: { target: { inmate: 2 }, perpetrator: { inmate: 1 } },
});

describe('what statistics read from each incident contract', () => {
  it('takes the codes, the day and how many of whom were targets from the report', () => {
    expect(fact).toEqual({
      kind: 'threat',
      target: 'inmate',
      perpetrator: 'inmate',
      locationType: 'institution',
      area: 'syddanmark',
      institutionId: 'nyborg',
      occurredAt: '2026-03-14T19:30:00.000Z',
      status: 'counted',
      exposed: { staff: 0, inmate: 2, client: 0, other: 0 },
    });
  });

  it('reads a version 1 report (no place type, nobody listed) as at its institution', () => {
    const v1: IncidentReportedV1 = {
      incidentId: '2',
      severity: 'minor',
      kind: 'threat',
      target: 'staff-off-duty',
      perpetrator: 'relative',
      occurredAt: '2026-01-01T00:00:00Z',
      area: 'sjaelland',
      institutionId: null,
    };
    const fact1 = reportedFact(v1 as IncidentReportedV2);
    expect(fact1).toMatchObject({ locationType: 'off-duty', exposed: { staff: 0, inmate: 0, client: 0, other: 0 } });
  });

  it('names the cause and the facts that changed', () => {
    expect(nextFact(fact, message('incidents.incident-reclassified', { kind: 'violence', target: 'inmate' }))).toMatchObject({
      cause: 'reclassified',
      changed: ['kind'],
    });
    expect(nextFact(fact, message('incidents.incident-facts-corrected', { occurredAt: '2026-04-01T10:00:00Z', area: 'syddanmark' }))).toMatchObject({
      cause: 'facts-corrected',
      changed: ['occurredAt'],
    });
    expect(nextFact(fact, message('incidents.incident-counting-changed', { counted: false, because: 'duplicate' }))).toMatchObject({
      cause: 'marked-duplicate',
      fact: { status: 'duplicate' },
    });
    expect(nextFact({ ...fact, status: 'duplicate' }, message('incidents.incident-counting-changed', { counted: true, because: 'reopened' }))).toMatchObject({
      cause: 'reopened',
      fact: { status: 'counted' },
    });
  });

  it('has nothing new when only what statistics do not count by changed', () => {
    expect(nextFact(fact, message('incidents.incident-closed', {}))).toBeNull();
    expect(nextFact(fact, message('incidents.incident-facts-corrected', { severity: 'serious' }))).toBeNull();
    expect(nextFact(fact, message('incidents.incident-reclassified', { kind: 'threat', target: 'inmate' }))).toBeNull();
  });

  it('refuses a correction that names nothing, and contracts it does not read', () => {
    expect(() => nextFact(fact, message('incidents.incident-facts-corrected', {}))).toThrow(ContractViolation);
    expect(() => nextFact(fact, message('incidents.police-report', {}))).toThrow(ContractViolation);
  });
});
