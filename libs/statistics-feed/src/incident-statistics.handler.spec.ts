import { ContractViolation, IntegrationMessage } from '@vigil/integration-contracts';
import { changesOf } from './incident-statistics.handler';

const message = (contract: string, payload: object): IntegrationMessage => ({
  contract,
  version: 1,
  messageId: 'm-1',
  streamId: 'incident-1',
  streamRevision: 3,
  recordedAt: '2026-11-01T10:00:00.000Z',
  correlationId: 'c',
  payload,
});

describe('statistics feed: what each incident contract changes', () => {
  it('sets only the facts a correction names', () => {
    expect(changesOf(message('incidents.incident-facts-corrected', { incidentId: '1', severity: 'serious', institutionId: null }))).toEqual({
      columns: ['severity', 'institution_id'],
      values: ['serious', null],
    });
  });

  it('sends a correction naming no fact to the dead letters instead of failing in the database', () => {
    expect(() => changesOf(message('incidents.incident-facts-corrected', { incidentId: '1' }))).toThrow(ContractViolation);
  });

  it('counts again on reopening and stops counting a duplicate', () => {
    expect(changesOf(message('incidents.incident-counting-changed', { incidentId: '1', counted: false, because: 'duplicate' }))).toEqual({
      columns: ['counted'],
      values: [false],
    });
  });
});
