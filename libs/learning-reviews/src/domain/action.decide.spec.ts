import { decideActionStatus, decideAddAction, decideAnswer, decideDeadlines, ESCALATION_ROLE } from './action.decide';
import { ACTION_ID, actionAdded, actionStatus, ACTOR, errorOf, given, published, REVIEW_ID, required, started } from './review.test-kit';

const catalogue = new Map([['paired-searches', 3]]);
const add = { reviewId: REVIEW_ID, actionId: ACTION_ID, recommendation: 'Visitation altid to og to', ownerRole: 'institution-manager' };
const base = { ...add, unit: 'institution:nyborg', dueOn: '2026-06-30', catalogue };
const status = (to: string, reason?: string) => ({ reviewId: REVIEW_ID, actionId: ACTION_ID, status: to, reason, actor: ACTOR });

describe('follow-up actions', () => {
  it('picks an intervention from the catalogue at its version, or proposes a new one', () => {
    expect(
      decideAddAction({ ...base, intervention: { interventionId: 'paired-searches', catalogueVersion: 0 } }, given(started()))[0].data.intervention,
    ).toEqual({
      interventionId: 'paired-searches',
      catalogueVersion: 3,
    });
    const proposed = { proposed: { title: 'Alarm i visitationsrum', category: 'static' as const, horizon: 'long' as const, toCatalogue: true } };
    expect(decideAddAction({ ...base, intervention: proposed }, given(started()))[0].data.intervention).toEqual(proposed);
    expect(errorOf(() => decideAddAction({ ...base, intervention: { interventionId: 'unknown', catalogueVersion: 1 } }, given(started())))).toMatchObject({
      code: 'not-found',
      field: 'intervention.interventionId',
    });
  });

  it('goes planned → under way → done, and never back from done', () => {
    const added = given(started(), actionAdded());
    expect(decideActionStatus(status('under-way'), added)[0].data.status).toBe('under-way');
    expect(decideActionStatus(status('done'), given(started(), actionAdded(), actionStatus('under-way')))[0].data.status).toBe('done');
    const done = given(started(), actionAdded(), actionStatus('under-way'), actionStatus('done'));
    expect(errorOf(() => decideActionStatus(status('under-way'), done))).toMatchObject({ code: 'invalid-transition', field: 'status' });
  });

  it('is dropped only with a reason', () => {
    const added = given(started(), actionAdded());
    expect(errorOf(() => decideActionStatus(status('dropped'), added))).toMatchObject({ code: 'invalid-value', field: 'reason' });
    expect(decideActionStatus(status('dropped', 'Afløst af ny rutine'), added)[0].data).toMatchObject({ status: 'dropped', reason: 'Afløst af ny rutine' });
  });

  it('is followed up after the review is published too', () => {
    expect(decideActionStatus(status('under-way'), given(started(), actionAdded(), published))).toHaveLength(1);
  });

  it('records the answer to a recommendation; a rejection says why', () => {
    const added = given(started(), actionAdded());
    const answer = (response: string, reason?: string) => ({ reviewId: REVIEW_ID, actionId: ACTION_ID, response, reason, actor: ACTOR });
    expect(errorOf(() => decideAnswer(answer('rejected'), added))).toMatchObject({ field: 'reason' });
    expect(decideAnswer(answer('rejected', 'Bygningen tillader det ikke'), added)[0].data).toMatchObject({ response: 'rejected' });
    expect(decideAnswer(answer('implemented'), added)[0].data).toEqual({
      reviewId: REVIEW_ID,
      actionId: ACTION_ID,
      response: 'implemented',
      answeredBy: ACTOR,
    });
  });
});

describe('deadlines', () => {
  // The due day ends at midnight after it, Copenhagen winter time (23:00 UTC).
  const endOf = (day: string) => new Date(new Date(`${day}T23:00:00.000Z`).getTime());
  const hours = (from: Date, n: number) => new Date(from.getTime() + n * 3_600_000);

  it('records nothing before a due day has ended', () => {
    expect(decideDeadlines(REVIEW_ID, given(started(), actionAdded()), hours(endOf('2026-04-30'), -1), 48)).toEqual([]);
  });

  it('records the review overdue to publish at the end of its due day, dated by the deadline, and escalates after the grace', () => {
    const due = endOf('2026-04-30');
    expect(decideDeadlines(REVIEW_ID, given(started()), due, 48)).toEqual([
      { type: 'learning-reviews.review-became-overdue.v1', data: { reviewId: REVIEW_ID, deadline: 'finish', due: '2026-04-30' } },
    ]);
    const overdue = given(started(), ...decideDeadlines(REVIEW_ID, given(started()), due, 48));
    expect(decideDeadlines(REVIEW_ID, overdue, hours(due, 47), 48)).toEqual([]);
    expect(decideDeadlines(REVIEW_ID, overdue, hours(due, 48), 48)).toEqual([
      { type: 'learning-reviews.review-escalated.v1', data: { reviewId: REVIEW_ID, deadline: 'finish', due: '2026-04-30', to: ESCALATION_ROLE } },
    ]);
  });

  it('watches a required review’s start day, and both deadlines at once when the worker catches up late', () => {
    const events = decideDeadlines(REVIEW_ID, given(required()), endOf('2026-06-30'), 48);
    expect(events.map((e) => [e.type, 'deadline' in e.data ? e.data.deadline : null])).toEqual([
      ['learning-reviews.review-became-overdue.v1', 'start'],
      ['learning-reviews.review-escalated.v1', 'start'],
      ['learning-reviews.review-became-overdue.v1', 'finish'],
      ['learning-reviews.review-escalated.v1', 'finish'],
    ]);
    expect(decideDeadlines(REVIEW_ID, given(required(), ...events), endOf('2026-12-31'), 48)).toEqual([]);
  });

  it('records open actions past their due day, escalating to the owner’s manager; never done ones or a published review', () => {
    const late = hours(endOf('2026-06-30'), 48);
    const events = decideDeadlines(REVIEW_ID, given(started(), actionAdded(), published), late, 48);
    expect(events).toEqual([
      { type: 'learning-reviews.action-became-overdue.v1', data: { reviewId: REVIEW_ID, actionId: ACTION_ID, dueOn: '2026-06-30' } },
      { type: 'learning-reviews.action-escalated.v1', data: { reviewId: REVIEW_ID, actionId: ACTION_ID, dueOn: '2026-06-30', to: 'area-manager' } },
    ]);
    expect(decideDeadlines(REVIEW_ID, given(started(), actionAdded(), published, actionStatus('done')), late, 48)).toEqual([]);
  });
});
