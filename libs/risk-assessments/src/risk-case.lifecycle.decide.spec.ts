import { decide as changeMeasure } from './change-measure-state/change-measure-state.decide';
import { decide as close } from './close-case/close-case.decide';
import { decideCertification, decideExpiry } from './certify-assessor/certify-assessor.decide';
import { noCertifications } from './domain/assessor-certification.state';
import { ACTOR, ASSESSOR, assessed, CASE_ID, certified, errorOf, given, NOW, opened, planned } from './domain/risk-case.test-kit';
import { decide as open } from './open-case/open-case.decide';
import { decide as recordChange } from './record-situation-change/record-situation-change.decide';

const base = { caseId: CASE_ID, actor: ACTOR };

describe('open a case', () => {
  it('names the person by reference only, with the role they are threatened in', () => {
    expect(open({ ...base, personRef: 'PR-8H2K4M', personRole: 'employee-off-duty' }, given())).toEqual([opened()]);
    expect(errorOf(() => open({ ...base, personRef: 'Mette Hansen', personRole: 'victim' }, given()))).toMatchObject({
      code: 'invalid-value',
      field: 'personRef',
    });
    expect(errorOf(() => open({ ...base, personRef: 'PR-8H2K4M', personRole: 'neighbour' as never }, given()))).toMatchObject({ field: 'personRole' });
    expect(errorOf(() => open({ ...base, personRef: 'PR-8H2K4M', personRole: 'victim' }, given(opened())))).toMatchObject({ code: 'case-already-opened' });
  });
});

describe('safety measures', () => {
  const state = given(opened(), assessed(), planned());
  it('move forward: planned to in place to ended', () => {
    expect(changeMeasure({ ...base, measureId: 'm1', state: 'in-place' }, state)[0].data).toEqual({
      caseId: CASE_ID,
      planId: planned().data.planId,
      measureId: 'm1',
      from: 'planned',
      to: 'in-place',
    });
    expect(changeMeasure({ ...base, measureId: 'm2', state: 'ended' }, state)[0].data.to).toBe('ended');
  });
  it('refuse going back, staying put, and unknown measures', () => {
    const ended = given(opened(), assessed(), planned(), {
      type: 'risk-assessments.safety-measure-state-changed.v1',
      data: { caseId: CASE_ID, planId: planned().data.planId, measureId: 'm2', from: 'in-place', to: 'ended' },
    });
    expect(errorOf(() => changeMeasure({ ...base, measureId: 'm2', state: 'in-place' }, ended))).toMatchObject({ code: 'invalid-transition', field: 'state' });
    expect(errorOf(() => changeMeasure({ ...base, measureId: 'm1', state: 'planned' }, state))).toMatchObject({ code: 'no-change' });
    expect(errorOf(() => changeMeasure({ ...base, measureId: 'm9', state: 'ended' }, state))).toMatchObject({ code: 'measure-not-found', field: 'measureId' });
    expect(errorOf(() => changeMeasure({ ...base, measureId: 'm1', state: 'ended' }, given(opened(), assessed())))).toMatchObject({
      code: 'measure-not-found',
    });
  });
});

describe('situation changes and closing', () => {
  it('records the change at the moment it is recorded', () => {
    expect(recordChange({ ...base, change: 'threat-maker-released' }, given(opened()), NOW)[0].data).toEqual({
      caseId: CASE_ID,
      change: 'threat-maker-released',
      changedAt: NOW.toISOString(),
    });
    expect(errorOf(() => recordChange({ ...base, change: 'feels-unsafe' }, given(opened()), NOW))).toMatchObject({ field: 'change' });
  });
  it('closes with a reason from the list, once', () => {
    expect(close({ ...base, reason: 'risk-resolved' }, given(opened()))[0].type).toBe('risk-assessments.case-closed.v1');
    expect(
      errorOf(() =>
        close({ ...base, reason: 'risk-resolved' }, given(opened(), { type: 'risk-assessments.case-closed.v1', data: { caseId: CASE_ID, reason: 'other' } })),
      ),
    ).toMatchObject({ code: 'case-closed' });
  });
});

describe('assessor certification', () => {
  it('records a certification with its validity, normalised to UTC', () => {
    expect(
      decideCertification({ assessorRef: ASSESSOR, instrument: 'PATRIARK', certifiedOn: '2026-01-05', validUntil: '2028-01-05' }, noCertifications, NOW)[0]
        .data,
    ).toEqual({
      assessorRef: ASSESSOR,
      instrument: 'PATRIARK',
      certifiedOn: '2026-01-05T00:00:00.000Z',
      validUntil: '2028-01-05T00:00:00.000Z',
    });
    expect(errorOf(() => decideCertification({ assessorRef: ASSESSOR, instrument: 'ODARA' }, noCertifications, NOW))).toMatchObject({ field: 'instrument' });
    expect(
      errorOf(() =>
        decideCertification({ assessorRef: ASSESSOR, instrument: 'SAM', certifiedOn: '2026-01-05', validUntil: '2025-01-01' }, noCertifications, NOW),
      ),
    ).toMatchObject({ field: 'validUntil' });
  });
  it('ends only a certification the assessor holds', () => {
    expect(decideExpiry({ assessorRef: ASSESSOR, instrument: 'SARA-SV', reason: 'withdrawn' }, certified(), NOW)[0].data).toMatchObject({
      expiredOn: NOW.toISOString(),
      reason: 'withdrawn',
    });
    expect(errorOf(() => decideExpiry({ assessorRef: ASSESSOR, instrument: 'SAM', reason: 'lapsed' }, certified(), NOW))).toMatchObject({
      code: 'certification-not-found',
      field: 'instrument',
    });
  });
});
