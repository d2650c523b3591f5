import { normalisePlan } from '../domain/plan';
import { starterPlansFor } from './load-starter-plans';
import { STARTER_PLANS } from './starter-plans.data';
import { STARTER_PLANS_NB } from './starter-plans.nb.data';

describe('the starter readiness plans', () => {
  it('holds only valid plans with unique ids, in Danish and in Norwegian (Bokmål)', () => {
    const both = starterPlansFor(['dk', 'no']);
    for (const { plan } of both) expect(() => normalisePlan(plan)).not.toThrow();
    const ids = both.map((p) => p.planId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has a Norwegian plan for every Danish one, for the same scenario, naming the Norwegian cards', () => {
    for (const { planId, plan } of STARTER_PLANS) {
      const norwegian = STARTER_PLANS_NB.find((p) => p.planId === `no-${planId}`);
      expect(norwegian?.plan.scenario).toBe(plan.scenario);
      expect(norwegian?.plan.actionCardTemplateIds).toEqual((plan.actionCardTemplateIds as string[]).map((id) => `no-${id}`));
    }
    expect(STARTER_PLANS_NB.find((p) => p.planId === 'no-escape')?.plan.title).toBe('Rømning');
  });

  it('loads the plans of the countries an installation serves', () => {
    expect(starterPlansFor(['dk'])).toEqual(STARTER_PLANS);
    expect(starterPlansFor(['no'])).toEqual(STARTER_PLANS_NB);
  });
});
