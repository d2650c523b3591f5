import { RiskCaseEvent } from './risk-case.events';
import { assessed, CASE_ID, given, opened, planned } from './risk-case.test-kit';

const changed = (changedAt: string): RiskCaseEvent => ({
  type: 'risk-assessments.situation-changed.v1',
  data: { caseId: CASE_ID, change: 'left-partner', changedAt },
});
const reassessed = (assessedAt: string, id = 'b1c2d3e4-0000-4000-8000-000000000002'): RiskCaseEvent =>
  assessed({ assessmentId: id, kind: 'reassessment', riskLevel: 'moderate', assessedAt });
const reassessment = (...events: RiskCaseEvent[]) => {
  const state = given(opened(), ...events);
  if (state.status === 'none') throw new Error('no case');
  return state.reassessment;
};

describe('when a reassessment is due', () => {
  it('is not due before a plan states the cycle', () => {
    expect(reassessment(assessed()).dueAt).toBeNull();
  });

  it('falls due the plan’s interval after the latest assessment', () => {
    expect(reassessment(assessed(), planned())).toEqual({ dueAt: '2026-03-31T10:00:00.000Z', dueReason: 'cycle', overdueRecorded: false, escalated: false });
  });

  it('restarts the cycle from a reassessment, and from the latest by date when one is recorded late', () => {
    expect(reassessment(assessed(), planned(), reassessed('2026-03-20T09:00:00.000Z')).dueAt).toBe('2026-04-19T09:00:00.000Z');
    expect(reassessment(assessed(), planned(), reassessed('2026-02-01T09:00:00.000Z')).dueAt).toBe('2026-03-31T10:00:00.000Z');
  });

  it('follows a new plan’s interval', () => {
    expect(reassessment(assessed(), planned(), planned({ planId: 'c1d2e3f4-0000-4000-8000-000000000002', reassessmentIntervalDays: 7 })).dueAt).toBe(
      '2026-03-08T10:00:00.000Z',
    );
  });

  it('becomes due at once on a change of situation, before the cycle would have it', () => {
    expect(reassessment(assessed(), planned(), changed('2026-03-10T08:00:00.000Z'))).toMatchObject({
      dueAt: '2026-03-10T08:00:00.000Z',
      dueReason: 'situation-change',
    });
  });

  it('stays due after a change even without a plan, until a reassessment made after the change', () => {
    expect(reassessment(assessed(), changed('2026-03-10T08:00:00.000Z')).dueAt).toBe('2026-03-10T08:00:00.000Z');
    expect(reassessment(assessed(), planned(), changed('2026-03-10T08:00:00.000Z'), reassessed('2026-03-09T08:00:00.000Z')).dueReason).toBe('situation-change');
    expect(reassessment(assessed(), planned(), changed('2026-03-10T08:00:00.000Z'), reassessed('2026-03-11T08:00:00.000Z'))).toMatchObject({
      dueAt: '2026-04-10T08:00:00.000Z',
      dueReason: 'cycle',
    });
  });

  it('keeps an earlier, already running deadline when the situation changes later', () => {
    const overdue: RiskCaseEvent = {
      type: 'risk-assessments.reassessment-became-overdue.v1',
      data: { caseId: CASE_ID, dueAt: '2026-03-31T10:00:00.000Z', dueReason: 'cycle' },
    };
    expect(reassessment(assessed(), planned(), overdue, changed('2026-04-05T08:00:00.000Z'))).toEqual({
      dueAt: '2026-03-31T10:00:00.000Z',
      dueReason: 'cycle',
      overdueRecorded: true,
      escalated: false,
    });
  });

  it('marks overdue and escalated only for the deadline they name', () => {
    const stale: RiskCaseEvent = {
      type: 'risk-assessments.reassessment-became-overdue.v1',
      data: { caseId: CASE_ID, dueAt: '2026-01-01T00:00:00.000Z', dueReason: 'cycle' },
    };
    expect(reassessment(assessed(), planned(), stale).overdueRecorded).toBe(false);
  });
});

describe('the case', () => {
  it('keeps every assessment in order and the plan’s measures with their states', () => {
    const state = given(opened(), assessed(), planned(), reassessed('2026-03-15T09:00:00.000Z'), {
      type: 'risk-assessments.safety-measure-state-changed.v1',
      data: { caseId: CASE_ID, planId: planned().data.planId, measureId: 'm1', from: 'planned', to: 'in-place' },
    });
    if (state.status !== 'open') throw new Error('expected open');
    expect(state.assessments.map((a) => a.riskLevel)).toEqual(['high', 'moderate']);
    expect(state.plan?.measures.map((m) => [m.measureId, m.state])).toEqual([
      ['m1', 'in-place'],
      ['m2', 'in-place'],
    ]);
  });
});
