import { decide as callDoctor } from './call-doctor/call-doctor.decide';
import {
  ACTOR,
  doctorCalled,
  ended,
  errorOf,
  followUp,
  given,
  legalReview,
  managementReview,
  noted,
  NOW,
  PLACEMENT_ID,
  plus,
  started,
} from './domain/placement.test-kit';
import { decide as end } from './end-placement/end-placement.decide';
import { decide as holdFollowUp } from './hold-follow-up-conversation/hold-follow-up-conversation.decide';
import { decide as recordDoctorArrival } from './record-doctor-arrival/record-doctor-arrival.decide';
import { decide as recordLegalReview } from './record-legal-review/record-legal-review.decide';
import { decide as recordManagementReview } from './record-management-review/record-management-review.decide';
import { decide as note } from './record-observation-note/record-observation-note.decide';

/** A month after the start, so reviews days after the end are not in the future. */
const LATER = new Date(plus(30 * 24 * 60));
const base = { placementId: PLACEMENT_ID, actor: ACTOR };
const endCommand = (minutes: number) => ({
  ...base,
  endedAt: plus(minutes),
  reason: { category: 'no-longer-necessary' as const, text: 'Indsat faldet til ro.' },
});
const review = (minutes: number, conclusion = 'justified', remarks?: string) => ({
  ...base,
  reviewedAt: plus(minutes),
  reviewedBy: 'ST-9X1L5V',
  conclusion,
  ...(remarks ? { remarks } : {}),
});

describe('observation notes', () => {
  it('records a note while the placement lasts', () => {
    expect(note({ ...base, observedAt: plus(15), note: ' Ligger roligt på briksen. ' }, given(started()), NOW)).toEqual([noted(15)]);
  });
  it('refuses notes after the end, and a note timed before the start', () => {
    expect(errorOf(() => note({ ...base, observedAt: plus(15), note: 'x' }, given(started(), ended(30)), NOW))).toMatchObject({ code: 'invalid-transition' });
    expect(errorOf(() => note({ ...base, observedAt: plus(-1), note: 'x' }, given(started()), NOW))).toMatchObject({
      code: 'out-of-order',
      field: 'observedAt',
    });
  });
  it('refuses a blank note, a note in the future and a note for an unknown placement', () => {
    expect(errorOf(() => note({ ...base, observedAt: plus(15), note: ' ' }, given(started()), NOW))).toMatchObject({ code: 'invalid-value', field: 'note' });
    expect(errorOf(() => note({ ...base, observedAt: '2026-03-21T00:00:00Z', note: 'x' }, given(started()), NOW))).toMatchObject({
      code: 'in-future',
      field: 'observedAt',
    });
    expect(errorOf(() => note({ ...base, observedAt: plus(15), note: 'x' }, given(), NOW))).toMatchObject({ code: 'placement-not-found' });
  });
});

describe('the doctor', () => {
  it('is called once, with a reason, not before the start', () => {
    expect(callDoctor({ ...base, calledAt: plus(20), reason: 'restraint' }, given(started()), NOW)).toEqual([doctorCalled(20)]);
    expect(errorOf(() => callDoctor({ ...base, calledAt: plus(25), reason: 'restraint' }, given(started(), doctorCalled(20)), NOW))).toMatchObject({
      code: 'already-recorded',
    });
    expect(errorOf(() => callDoctor({ ...base, calledAt: plus(-5), reason: 'restraint' }, given(started()), NOW))).toMatchObject({ field: 'calledAt' });
    expect(errorOf(() => callDoctor({ ...base, calledAt: plus(5), reason: 'bored' as never }, given(started()), NOW))).toMatchObject({ field: 'reason' });
  });
  it('arrives only after being called', () => {
    const arrival = { ...base, arrivedAt: plus(45), assessment: 'examined' as const };
    expect(errorOf(() => recordDoctorArrival(arrival, given(started()), NOW))).toMatchObject({ code: 'invalid-transition' });
    expect(recordDoctorArrival(arrival, given(started(), doctorCalled(20)), NOW)[0].data).toEqual({
      placementId: PLACEMENT_ID,
      arrivedAt: plus(45),
      assessment: 'examined',
    });
    expect(errorOf(() => recordDoctorArrival({ ...arrival, arrivedAt: plus(10) }, given(started(), doctorCalled(20)), NOW))).toMatchObject({
      code: 'out-of-order',
      field: 'arrivedAt',
    });
  });
});

describe('ending the placement', () => {
  it('ends after the start and after the last note, with a reason', () => {
    expect(end(endCommand(60), given(started(), noted(45)), NOW)).toEqual([ended(60)]);
  });
  it('refuses an end at or before the start, before the last note, twice, or without a reason', () => {
    expect(errorOf(() => end(endCommand(0), given(started()), NOW))).toMatchObject({ code: 'out-of-order', field: 'endedAt' });
    expect(errorOf(() => end(endCommand(30), given(started(), noted(45)), NOW))).toMatchObject({ code: 'out-of-order', field: 'endedAt' });
    expect(errorOf(() => end(endCommand(90), given(started(), ended(60)), NOW))).toMatchObject({ code: 'invalid-transition' });
    expect(errorOf(() => end({ ...endCommand(60), reason: { category: 'no-longer-necessary', text: '' } }, given(started()), NOW))).toMatchObject({
      field: 'reason.text',
    });
  });
});

describe('after the end: follow-up conversation and reviews', () => {
  const conversation = (minutes: number) => ({
    ...base,
    heldAt: plus(minutes),
    heldBy: 'ST-2M8R4T',
    inmateParticipated: true,
    summary: 'Forløbet gennemgået med den indsatte.',
  });
  it('holds the follow-up conversation once, after the end', () => {
    expect(holdFollowUp(conversation(1500), given(started(), ended(60)), LATER)).toEqual([followUp(1500)]);
    expect(errorOf(() => holdFollowUp(conversation(30), given(started()), LATER))).toMatchObject({ code: 'invalid-transition' });
    expect(errorOf(() => holdFollowUp(conversation(50), given(started(), ended(60)), LATER))).toMatchObject({ code: 'out-of-order', field: 'heldAt' });
    expect(errorOf(() => holdFollowUp(conversation(1600), given(started(), ended(60), followUp(1500)), LATER))).toMatchObject({ code: 'already-recorded' });
    expect(errorOf(() => holdFollowUp({ ...conversation(1500), heldBy: 'Hansen' }, given(started(), ended(60)), LATER))).toMatchObject({ field: 'heldBy' });
  });
  it('records the management review once, requiring remarks unless the placement was plainly justified', () => {
    expect(recordManagementReview(review(2000), given(started(), ended(60)), LATER)).toEqual([managementReview(2000)]);
    expect(errorOf(() => recordManagementReview(review(2000, 'not-justified'), given(started(), ended(60)), LATER))).toMatchObject({ field: 'remarks' });
    expect(recordManagementReview(review(2000, 'not-justified', 'Alternativer ikke afprøvet.'), given(started(), ended(60)), LATER)[0].data.remarks).toBe(
      'Alternativer ikke afprøvet.',
    );
    expect(errorOf(() => recordManagementReview(review(2100), given(started(), ended(60), managementReview(2000)), LATER))).toMatchObject({
      code: 'already-recorded',
    });
    expect(errorOf(() => recordManagementReview(review(2000, 'fine'), given(started(), ended(60)), LATER))).toMatchObject({ field: 'conclusion' });
  });
  it("records the legal review with the lawyers' own conclusions, only after the end", () => {
    expect(recordLegalReview(review(3000, 'lawful'), given(started(), ended(60)), LATER)).toEqual([
      { ...legalReview(3000), data: { ...legalReview(3000).data, reviewedBy: 'ST-9X1L5V' } },
    ]);
    expect(errorOf(() => recordLegalReview(review(3000, 'justified'), given(started(), ended(60)), LATER))).toMatchObject({ field: 'conclusion' });
    expect(errorOf(() => recordLegalReview(review(30, 'lawful'), given(started()), LATER))).toMatchObject({ code: 'invalid-transition' });
  });
});
