import { decide as confirm } from '../confirm-plan-revision/confirm-plan-revision.decide';
import { errorOf, givenPlan, NOW, PLAN, planDrafted, planPublished } from '../domain/crisis.test-kit';
import { planRevisionDueAt } from '../domain/plan.state';
import { decide as publish } from '../publish-plan/publish-plan.decide';
import { decide as retire } from '../retire-plan/retire-plan.decide';
import { decide as draft } from './draft-plan.decide';

const planId = 'riot-institution';
const actor = 'ST-7K3Q9P';

describe('readiness plans: draft, publish, supersede, revise, retire', () => {
  it('drafts version 1 of a new plan in canonical form', () => {
    const [event] = draft({ planId, isNew: true, actor, plan: { ...PLAN, roles: ['log-keeper', 'crisis-lead', 'communications'] } }, givenPlan());
    expect(event).toEqual(planDrafted(1));
  });

  it('publishes the draft with the time its revision clock starts', () => {
    expect(publish({ planId, actor }, givenPlan(planDrafted(1)), NOW)).toEqual([planPublished(1, PLAN, NOW.toISOString())]);
  });

  it('drafts the next version from a published plan and supersedes the old one on publication', () => {
    const changed = { ...PLAN, revisionIntervalDays: 180 };
    const [drafted] = draft({ planId, isNew: false, actor, plan: changed }, givenPlan(planDrafted(1), planPublished(1)));
    expect(drafted.data.version).toBe(2);
    const events = publish({ planId, actor }, givenPlan(planDrafted(1), planPublished(1), drafted), NOW);
    expect(events.map((e) => e.type)).toEqual(['crisis-readiness.plan-published.v1', 'crisis-readiness.plan-version-superseded.v1']);
    expect(events[1].data).toMatchObject({ version: 1, supersededBy: 2 });
  });

  it('refuses a draft identical to the version in force, and a plan without a crisis lead', () => {
    expect(errorOf(() => draft({ planId, isNew: false, actor, plan: PLAN }, givenPlan(planDrafted(1), planPublished(1))))).toMatchObject({ code: 'no-change' });
    expect(errorOf(() => draft({ planId, isNew: true, actor, plan: { ...PLAN, roles: ['log-keeper'] } }, givenPlan()))).toMatchObject({
      code: 'invalid-value',
      field: 'roles',
    });
    expect(errorOf(() => draft({ planId, isNew: true, actor, plan: { ...PLAN, actionCardTemplateIds: ['Crisis Riot'] } }, givenPlan()))).toMatchObject({
      field: 'actionCardTemplateIds.0',
    });
    expect(errorOf(() => draft({ planId, isNew: true, actor, plan: { ...PLAN, revisionIntervalDays: 0 } }, givenPlan()))).toMatchObject({
      field: 'revisionIntervalDays',
    });
  });

  it('falls due for revision one interval after publication; a confirmed revision restarts the clock', () => {
    const published = givenPlan(planDrafted(1), planPublished(1));
    expect(planRevisionDueAt(published)).toBe('2027-01-10T09:00:00.000Z');
    const [confirmed] = confirm({ planId, actor, note: 'Gennemgået med politiets trusselsvurdering.' }, published, new Date('2027-02-01T08:00:00.000Z'));
    expect(planRevisionDueAt(givenPlan(planDrafted(1), planPublished(1), confirmed))).toBe('2028-02-01T08:00:00.000Z');
  });

  it('retires a plan with a reason, after which nothing more is drafted or published', () => {
    const [retired] = retire({ planId, actor, reason: 'Erstattet af fælles plan.' }, givenPlan(planDrafted(1), planPublished(1)));
    expect(retired.data).toEqual({ planId, version: 1, reason: 'Erstattet af fælles plan.' });
    const state = givenPlan(planDrafted(1), planPublished(1), retired);
    expect(errorOf(() => draft({ planId, isNew: false, actor, plan: { ...PLAN, title: 'Ny' } }, state))).toMatchObject({ code: 'plan-retired' });
    expect(errorOf(() => retire({ planId, actor, reason: ' ' }, givenPlan(planDrafted(1))))).toMatchObject({ code: 'reason-required', field: 'reason' });
  });
});
