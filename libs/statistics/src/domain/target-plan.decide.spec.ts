import { errorOf, givenFor } from '@vigil/event-sourcing';
import { decideAssessGoal, decideSetPlan, evolvePlan, Goal, initialPlan } from './target-plan';

const given = givenFor({ initial: initialPlan, evolve: evolvePlan });
const goals: Goal[] = [
  { goal: 'catalogue', title: 'Catalogue of interventions in use', weight: 30, assessed: true },
  { goal: 'inmates', title: 'Between inmates down 3 %', weight: 25, indicator: 'inmate-exposures', baselineYear: 2014, changePerYear: -3 },
  { goal: 'staff', title: 'Against staff down 3 %', weight: 25, indicator: 'staff-episodes', baselineYear: 2014, changePerYear: -3 },
  { goal: 'searches', title: 'Five unannounced searches', weight: 20, assessed: true },
];
const set = (g = goals) => decideSetPlan({ planId: 'plan-2015', title: 'Mål- og resultatplan 2015', goals: g, actor: 'ST-PART01' }, given());

describe('a target plan', () => {
  it('weights its goals to 100 %', () => {
    expect(set()[0].data.goals).toHaveLength(4);
    expect(errorOf(() => set(goals.slice(1)))).toMatchObject({ field: 'goals', message: expect.stringContaining('they add up to 70 %') });
  });

  it('needs an indicator, a baseline year and a change a year for a measured goal', () => {
    const wrong = [{ ...goals[1], baselineYear: 1900 }, ...goals.slice(0, 1), ...goals.slice(2)];
    expect(errorOf(() => set(wrong))).toMatchObject({ field: 'goals[0].baselineYear' });
    const area = [{ ...goals[1], area: 'jylland' }, ...goals.slice(0, 1), ...goals.slice(2)];
    expect(errorOf(() => set(area))).toMatchObject({ field: 'goals[0].area' });
  });

  it("records a year's verdict only for a goal no figure measures", () => {
    const state = given(...set());
    const [assessed] = decideAssessGoal(
      { planId: 'plan-2015', goal: 'searches', year: 2015, met: true, note: 'Fem storvisitationer gennemført.', actor: 'ST-PART01' },
      state,
    );
    expect(assessed.data).toMatchObject({ goal: 'searches', year: 2015, met: true });
    expect(
      errorOf(() => decideAssessGoal({ planId: 'plan-2015', goal: 'staff', year: 2015, met: true, note: 'Set', actor: 'ST-PART01' }, state)),
    ).toMatchObject({
      message: 'Against staff down 3 % is measured by its figures, not assessed',
    });
    expect(
      errorOf(() => decideAssessGoal({ planId: 'plan-2015', goal: 'other', year: 2015, met: true, note: 'Set', actor: 'ST-PART01' }, state)),
    ).toMatchObject({
      code: 'unknown-goal',
    });
  });
});
