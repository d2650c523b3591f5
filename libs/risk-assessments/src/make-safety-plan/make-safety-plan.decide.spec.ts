import { ACTOR, assessed, CASE_ID, errorOf, given, NOW, opened, planned } from '../domain/risk-case.test-kit';
import { decide, MakeSafetyPlan } from './make-safety-plan.decide';

const command = (overrides: Partial<MakeSafetyPlan> = {}): MakeSafetyPlan => ({
  caseId: CASE_ID,
  planId: 'c1d2e3f4-0000-4000-8000-000000000001',
  actor: ACTOR,
  madeWithPerson: true,
  measures: [
    { kind: 'assault-alarm', owner: 'police' },
    { kind: 'changed-routines', owner: 'threatened-person', state: 'in-place' },
  ],
  reassessmentIntervalDays: 30,
  ...overrides,
});

describe('make a safety plan', () => {
  it('records the plan on the latest assessment, numbering measures and defaulting them to planned', () => {
    expect(decide(command(), given(opened(), assessed()), NOW)).toEqual([planned()]);
  });

  it('needs an assessment to build on, and one of this case when named', () => {
    expect(errorOf(() => decide(command(), given(opened()), NOW))).toMatchObject({ code: 'assessment-required' });
    expect(errorOf(() => decide(command({ basedOnAssessmentId: 'b1c2d3e4-0000-4000-8000-0000000000ff' }), given(opened(), assessed()), NOW))).toMatchObject({
      code: 'assessment-not-found',
      field: 'basedOnAssessmentId',
    });
  });

  it.each([
    ['not made with the person', { madeWithPerson: false }, 'madeWithPerson'],
    ['interval of zero days', { reassessmentIntervalDays: 0 }, 'reassessmentIntervalDays'],
    ['fractional interval', { reassessmentIntervalDays: 1.5 }, 'reassessmentIntervalDays'],
    ['no measures', { measures: [] }, 'measures'],
    ['unknown kind', { measures: [{ kind: 'bodyguard', owner: 'police' }] }, 'measures.0.kind'],
    ['owner by name', { measures: [{ kind: 'assault-alarm', owner: 'Jensen' }] }, 'measures.0.owner'],
    ['other without label', { measures: [{ kind: 'other', owner: 'police' }] }, 'measures.0.label'],
    ['state', { measures: [{ kind: 'assault-alarm', owner: 'police', state: 'done' }] }, 'measures.0.state'],
  ])('refuses a plan with %s, naming the field', (_, overrides, field) => {
    expect(errorOf(() => decide(command(overrides as Partial<MakeSafetyPlan>), given(opened(), assessed()), NOW))).toMatchObject({
      code: 'invalid-value',
      field,
    });
  });

  it('accepts a pseudonymous owner and a labelled other measure', () => {
    const [event] = decide(
      command({ measures: [{ kind: 'other', label: 'Fast kontaktperson i afdelingen', owner: 'ST-9XK2LM' }] }),
      given(opened(), assessed()),
      NOW,
    );
    expect(event.data.measures).toEqual([{ measureId: 'm1', kind: 'other', label: 'Fast kontaktperson i afdelingen', owner: 'ST-9XK2LM', state: 'planned' }]);
  });
});
