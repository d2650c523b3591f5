import { describeChange } from './incident.history';
import { knownAt } from './incident.known-at';
import { given, INCIDENT_ID, reported } from './incident.test-kit';
import { IncidentEvent } from './incident.events';

const corrected: IncidentEvent = {
  type: 'incidents.incident-corrected.v1',
  data: { incidentId: INCIDENT_ID, changes: [{ field: 'severity', from: 'moderate', to: 'serious' }], reason: 'Lægen' },
};
const reopenedAfterDuplicate: IncidentEvent[] = [
  { type: 'incidents.incident-marked-duplicate.v1', data: { incidentId: INCIDENT_ID, duplicateOf: 'x', reason: 'r' } },
  { type: 'incidents.incident-reopened.v1', data: { incidentId: INCIDENT_ID, reason: 'r' } },
];

describe('evolve', () => {
  it('applies corrections, reclassifications and police reports to the facts', () => {
    const state = given(
      reported(),
      corrected,
      {
        type: 'incidents.incident-reclassified.v1',
        data: { incidentId: INCIDENT_ID, from: { kind: 'violence', target: 'staff-on-duty' }, to: { kind: 'threat', target: 'staff-on-duty' }, reason: 'r' },
      },
      { type: 'incidents.police-report-recorded.v1', data: { incidentId: INCIDENT_ID, reportedAt: '2026-03-15T08:00:00.000Z', policeDistrict: 'Fyns Politi' } },
    );
    expect(state).toMatchObject({ status: 'open', severity: 'serious', kind: 'threat', policeReports: [{ policeDistrict: 'Fyns Politi' }] });
  });

  it('drops the duplicate mark when a duplicate is reopened', () => {
    const state = given(reported(), ...reopenedAfterDuplicate);
    expect(state.status).toBe('open');
    expect(state).not.toHaveProperty('duplicateOf');
  });
});

describe('history', () => {
  it('describes each change with its reason and before/after', () => {
    expect(describeChange(reported())).toEqual({ action: 'reported', reason: null, changes: [] });
    expect(describeChange(corrected)).toEqual({ action: 'corrected', reason: 'Lægen', changes: [{ field: 'severity', from: 'moderate', to: 'serious' }] });
  });
});

describe('known at a date', () => {
  const events = [
    { ...reported(), recordedAt: '2026-02-01T10:00:00.000Z' },
    { ...corrected, recordedAt: '2026-04-01T10:00:00.000Z' },
  ];
  it('folds only what was recorded by then', () => {
    expect(knownAt(events, new Date('2026-03-01'))).toMatchObject({ included: 1, state: { severity: 'moderate' } });
    expect(knownAt(events, new Date('2026-04-01T10:00:00.000Z'))).toMatchObject({ included: 2, state: { severity: 'serious' } });
    expect(knownAt(events, new Date('2026-01-01'))).toEqual({ included: 0, state: { status: 'none' } });
  });
});
