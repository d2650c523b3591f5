import { decide as close } from './close-incident/close-incident.decide';
import { decide as markDuplicate } from './mark-duplicate/mark-duplicate.decide';
import { decide as markNotReportable } from './mark-not-reportable/mark-not-reportable.decide';
import { decide as reclassify } from './reclassify-incident/reclassify-incident.decide';
import { decide as recordPoliceReport } from './record-police-report/record-police-report.decide';
import { decide as reopen } from './reopen-incident/reopen-incident.decide';
import { IncidentEvent } from './domain/incident.events';
import { ACTOR, errorOf, given, INCIDENT_ID, NOW, reported } from './domain/incident.test-kit';

const OTHER = '0b7e1f4a-2c3d-4e5f-8a9b-0c1d2e3f4a5b';
const base = { incidentId: INCIDENT_ID, actor: ACTOR };
const closed: IncidentEvent = { type: 'incidents.incident-closed.v2', data: { incidentId: INCIDENT_ID, outcome: 'Afsluttet', reason: null } };
const duplicate: IncidentEvent = {
  type: 'incidents.incident-marked-duplicate.v1',
  data: { incidentId: INCIDENT_ID, duplicateOf: OTHER, reason: 'Samme episode' },
};
const notReportable: IncidentEvent = { type: 'incidents.incident-marked-not-reportable.v1', data: { incidentId: INCIDENT_ID, reason: 'Fejlregistrering' } };

describe('reclassify', () => {
  it('records from and to, keeping what is not reclassified', () => {
    expect(reclassify({ ...base, kind: 'threat', reason: 'Udvalget' }, given(reported()))[0].data).toEqual({
      incidentId: INCIDENT_ID,
      from: { kind: 'violence', target: 'staff-on-duty' },
      to: { kind: 'threat', target: 'staff-on-duty' },
      reason: 'Udvalget',
    });
  });
  it('refuses a reclassification to what it already is, and one without a reason', () => {
    expect(errorOf(() => reclassify({ ...base, kind: 'violence', reason: 'x' }, given(reported())))).toMatchObject({ code: 'no-change', field: 'kind' });
    expect(errorOf(() => reclassify({ ...base, kind: 'threat', reason: '' }, given(reported())))).toMatchObject({ code: 'reason-required' });
  });
});

describe('mark as duplicate or not reportable', () => {
  it('marks an open or closed incident as a duplicate of another', () => {
    expect(markDuplicate({ ...base, duplicateOf: OTHER, reason: 'Samme episode' }, given(reported(), closed))).toEqual([duplicate]);
  });
  it('refuses a duplicate of itself, and marking twice', () => {
    expect(errorOf(() => markDuplicate({ ...base, duplicateOf: INCIDENT_ID, reason: 'x' }, given(reported())))).toMatchObject({
      code: 'duplicate-of-itself',
      field: 'duplicateOf',
    });
    expect(errorOf(() => markDuplicate({ ...base, duplicateOf: OTHER, reason: 'x' }, given(reported(), duplicate)))).toMatchObject({
      code: 'invalid-transition',
    });
    expect(errorOf(() => markNotReportable({ ...base, reason: 'x' }, given(reported(), duplicate)))).toMatchObject({ code: 'invalid-transition' });
  });
  it('marks not reportable with a reason', () => {
    expect(markNotReportable({ ...base, reason: 'Fejlregistrering' }, given(reported()))).toEqual([notReportable]);
    expect(errorOf(() => markNotReportable({ ...base, reason: ' ' }, given(reported())))).toMatchObject({ code: 'reason-required', field: 'reason' });
  });
});

describe('police report', () => {
  const report = { ...base, reportedAt: '2026-03-15T09:00:00+01:00', policeDistrict: ' Fyns Politi ' };
  it('records the report in UTC with a trimmed district', () => {
    expect(recordPoliceReport(report, given(reported()), NOW)[0].data).toEqual({
      incidentId: INCIDENT_ID,
      reportedAt: '2026-03-15T08:00:00.000Z',
      policeDistrict: 'Fyns Politi',
    });
  });
  it('refuses a report before the incident occurred, in the future, without a district, or on a duplicate', () => {
    expect(errorOf(() => recordPoliceReport({ ...report, reportedAt: '2026-03-01T00:00:00Z' }, given(reported()), NOW))).toMatchObject({
      code: 'invalid-value',
      field: 'reportedAt',
    });
    expect(errorOf(() => recordPoliceReport({ ...report, reportedAt: '2026-04-01T00:00:00Z' }, given(reported()), NOW))).toMatchObject({
      code: 'invalid-value',
      field: 'reportedAt',
    });
    expect(errorOf(() => recordPoliceReport({ ...report, policeDistrict: ' ' }, given(reported()), NOW))).toMatchObject({ field: 'policeDistrict' });
    expect(errorOf(() => recordPoliceReport(report, given(reported(), duplicate), NOW))).toMatchObject({ code: 'invalid-transition' });
  });
});

describe('close and reopen', () => {
  it('closes an open incident with its outcome, once', () => {
    expect(close({ ...base, outcome: ' Afsluttet ' }, given(reported()))).toEqual([closed]);
    expect(errorOf(() => close({ ...base, outcome: 'igen' }, given(reported(), closed)))).toMatchObject({ code: 'invalid-transition' });
    expect(errorOf(() => close({ ...base, outcome: '' }, given(reported())))).toMatchObject({ code: 'invalid-value', field: 'outcome' });
  });
  it('reopens closed, duplicate and not-reportable incidents with a reason, never an open one', () => {
    for (const ending of [closed, duplicate, notReportable]) expect(reopen({ ...base, reason: 'Nye oplysninger' }, given(reported(), ending))).toHaveLength(1);
    expect(errorOf(() => reopen({ ...base, reason: 'x' }, given(reported())))).toMatchObject({ code: 'invalid-transition' });
    expect(errorOf(() => reopen({ ...base, reason: '' }, given(reported(), closed)))).toMatchObject({ code: 'reason-required' });
  });
  it('refuses every change to an incident that was never reported', () => {
    expect(errorOf(() => close({ ...base, outcome: 'x' }, given()))).toMatchObject({ code: 'incident-not-found' });
    expect(errorOf(() => reopen({ ...base, reason: 'x' }, given()))).toMatchObject({ code: 'incident-not-found' });
  });
});
