import {
  decideAddendum,
  decideAddParticipant,
  decideDraftSummary,
  decidePublish,
  decideRecordItem,
  decideRequire,
  decideSignOff,
  decideStart,
} from './review.decide';
import { ACTOR, agreed, drafted, errorOf, given, INCIDENT_ID, NOW, OTHER, publishedReview, required, REVIEW_ID, signed, started } from './review.test-kit';

const draft = () => given(started());
const factor = (text = 'Visitation alene på afdelingen') => ({
  reviewId: REVIEW_ID,
  itemId: INCIDENT_ID,
  type: 'factor' as const,
  class: 'dynamic',
  text,
  evidence: [],
});

describe('starting a review', () => {
  const start = {
    reviewId: REVIEW_ID,
    kind: 'after-action' as const,
    title: 'Vold ved visitation',
    dueOn: '2026-04-30',
    unit: 'institution:nyborg',
    actor: ACTOR,
  };

  it('opens a draft of incidents, a theme or an activation', () => {
    const subjects = [
      { type: 'incidents' as const, incidentIds: [INCIDENT_ID] },
      { type: 'theme' as const, description: 'Vold ved visitationer', incidentIds: [INCIDENT_ID] },
      { type: 'activation' as const, activationId: INCIDENT_ID, exercise: true },
    ];
    for (const subject of subjects) {
      const [event] = decideStart({ ...start, subject }, given(), NOW);
      expect(event.data).toMatchObject({ kind: 'after-action', subject, unit: 'institution:nyborg', startedBy: ACTOR });
    }
  });

  it('belongs to a unit of the organisation catalogue, in either country', () => {
    const subject = { type: 'incidents' as const, incidentIds: [INCIDENT_ID] };
    expect(decideStart({ ...start, subject, unit: 'area:region-ost' }, given(), NOW)[0].data.unit).toBe('area:region-ost');
    expect(errorOf(() => decideStart({ ...start, subject, unit: 'institution:ukendt-institution' }, given(), NOW))).toMatchObject({
      field: 'unit',
      message: 'no such institution in the catalogue',
    });
  });

  it('refuses a title naming a person, a due day in the past, and an unknown subject', () => {
    const subject = { type: 'incidents' as const, incidentIds: [INCIDENT_ID] };
    expect(errorOf(() => decideStart({ ...start, subject, title: 'Vold mod ST-7K3Q9P' }, given(), NOW))).toMatchObject({
      code: 'person-in-text',
      field: 'title',
    });
    expect(errorOf(() => decideStart({ ...start, subject, dueOn: '2026-03-19' }, given(), NOW))).toMatchObject({ code: 'invalid-value', field: 'dueOn' });
    expect(errorOf(() => decideStart({ ...start, subject: { type: 'incidents', incidentIds: [] } }, given(), NOW))).toMatchObject({
      field: 'subject.incidentIds',
    });
    expect(errorOf(() => decideStart({ ...start, subject }, draft(), NOW))).toMatchObject({ code: 'already-started' });
  });

  it('takes up a required review with its kind, subject, due day and unit, whoever takes it up', () => {
    const [event] = decideStart({ reviewId: REVIEW_ID, unit: 'national', actor: ACTOR }, given(required()), NOW);
    expect(event.data).toMatchObject({ kind: 'full', dueOn: '2026-05-15', unit: 'institution:nyborg', title: 'Vold med indlæggelse til følge' });
  });

  it('is required once: asking again for the same review records nothing', () => {
    const { data } = required();
    expect(decideRequire(data, given())).toEqual([required()]);
    expect(decideRequire(data, given(required()))).toEqual([]);
    expect(given(required())).toMatchObject({ status: 'required', unit: 'institution:nyborg', startBy: '2026-03-25' });
  });
});

describe('drafting', () => {
  it('records factors, and refuses a text naming a person', () => {
    expect(decideRecordItem(factor(), draft())).toHaveLength(1);
    expect(errorOf(() => decideRecordItem(factor('ST-7K3Q9P var alene'), draft()))).toMatchObject({ code: 'person-in-text', field: 'text' });
  });

  it('takes participants by pseudonymous reference only', () => {
    expect(decideAddParticipant({ reviewId: REVIEW_ID, ref: 'ST-7K3Q9P', role: 'lead-reviewer' }, draft())).toHaveLength(1);
    expect(errorOf(() => decideAddParticipant({ reviewId: REVIEW_ID, ref: 'Jens Hansen', role: 'lead-reviewer' }, draft()))).toMatchObject({ field: 'ref' });
  });

  it('is refused before the review is started, after agreement and after publication', () => {
    expect(errorOf(() => decideRecordItem(factor(), given(required())))).toMatchObject({ code: 'not-started' });
    expect(errorOf(() => decideRecordItem(factor(), agreed()))).toMatchObject({ code: 'not-a-draft' });
    expect(errorOf(() => decideDraftSummary({ reviewId: REVIEW_ID, text: 'Ændret' }, agreed()))).toMatchObject({ code: 'not-a-draft' });
    expect(errorOf(() => decideDraftSummary({ reviewId: REVIEW_ID, text: 'Ændret' }, publishedReview()))).toMatchObject({ code: 'published' });
  });

  it('refuses a summary that says nothing new', () => {
    expect(errorOf(() => decideDraftSummary({ reviewId: REVIEW_ID, text: 'Forventet: to betjente. Skete: en.' }, given(started(), drafted())))).toMatchObject({
      code: 'no-change',
    });
  });
});

describe('agreeing and publishing', () => {
  it('needs a summary before anyone signs off', () => {
    expect(errorOf(() => decideSignOff({ reviewId: REVIEW_ID, as: 'management', actor: ACTOR }, draft()))).toMatchObject({ code: 'invalid-transition' });
  });

  it('refuses the same person signing for both sides, and a side signing twice', () => {
    const one = given(started(), drafted(), signed('management', ACTOR));
    expect(errorOf(() => decideSignOff({ reviewId: REVIEW_ID, as: 'employee-representative', actor: ACTOR }, one))).toMatchObject({
      code: 'invalid-value',
      field: 'as',
    });
    expect(errorOf(() => decideSignOff({ reviewId: REVIEW_ID, as: 'management', actor: OTHER }, one))).toMatchObject({ code: 'no-change' });
    expect(decideSignOff({ reviewId: REVIEW_ID, as: 'employee-representative', actor: OTHER }, one)).toEqual([signed('employee-representative', OTHER)]);
  });

  it('is agreed once both sides signed, and publishes only then, once', () => {
    expect(errorOf(() => decidePublish({ reviewId: REVIEW_ID, actor: ACTOR }, given(started(), drafted(), signed('management', ACTOR))))).toMatchObject({
      code: 'not-agreed',
    });
    expect(agreed().status).toBe('agreed');
    expect(decidePublish({ reviewId: REVIEW_ID, actor: ACTOR }, agreed())).toHaveLength(1);
    expect(errorOf(() => decidePublish({ reviewId: REVIEW_ID, actor: ACTOR }, publishedReview()))).toMatchObject({ code: 'published' });
  });

  it('takes addenda only once published', () => {
    const addendum = { reviewId: REVIEW_ID, addendumId: INCIDENT_ID, text: 'Rutinen virker efter et halvt år', actor: ACTOR };
    expect(errorOf(() => decideAddendum(addendum, agreed()))).toMatchObject({ code: 'invalid-transition' });
    expect(decideAddendum(addendum, publishedReview())[0].data).toMatchObject({ text: 'Rutinen virker efter et halvt år', by: ACTOR });
    expect(errorOf(() => decideAddendum({ ...addendum, text: 'Se ST-7K3Q9P' }, publishedReview()))).toMatchObject({ code: 'person-in-text' });
  });
});
