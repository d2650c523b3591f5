import { RiskCaseEvent } from '../domain/risk-case.events';
import { assessed, CASE_ID, given, opened, planned } from '../domain/risk-case.test-kit';
import { decideDeadlines } from './reassessment-deadline.decide';

const DUE = '2026-03-31T10:00:00.000Z';
const overdue: RiskCaseEvent = { type: 'risk-assessments.reassessment-became-overdue.v1', data: { caseId: CASE_ID, dueAt: DUE, dueReason: 'cycle' } };
const escalated: RiskCaseEvent = {
  type: 'risk-assessments.reassessment-escalated.v1',
  data: { caseId: CASE_ID, dueAt: DUE, dueReason: 'cycle', graceHours: 48 },
};
const at = (iso: string) => new Date(iso);

describe('reassessment deadlines', () => {
  const due = given(opened(), assessed(), planned());

  it('records nothing before the due time', () => {
    expect(decideDeadlines(due, at('2026-03-31T09:59:59.999Z'), 48)).toEqual([]);
  });

  it('records overdue with the due time, however late the worker catches up', () => {
    expect(decideDeadlines(due, at('2026-03-31T10:00:00.000Z'), 48)).toEqual([overdue]);
    expect(decideDeadlines(due, at('2026-04-01T09:00:00.000Z'), 48)).toEqual([overdue]);
  });

  it('escalates once the grace period after the due time has run out, and only once', () => {
    expect(decideDeadlines(given(opened(), assessed(), planned(), overdue), at('2026-04-02T09:59:00.000Z'), 48)).toEqual([]);
    expect(decideDeadlines(given(opened(), assessed(), planned(), overdue), at('2026-04-02T10:00:00.000Z'), 48)).toEqual([escalated]);
    expect(decideDeadlines(due, at('2026-06-01T00:00:00.000Z'), 48)).toEqual([overdue, escalated]);
    expect(decideDeadlines(given(opened(), assessed(), planned(), overdue, escalated), at('2026-06-01T00:00:00.000Z'), 48)).toEqual([]);
  });

  it('records nothing once the reassessment is made, nor for a closed case', () => {
    const reassessed = assessed({ assessmentId: 'b1c2d3e4-0000-4000-8000-000000000002', kind: 'reassessment', assessedAt: '2026-03-30T10:00:00.000Z' });
    expect(decideDeadlines(given(opened(), assessed(), planned(), reassessed), at('2026-04-02T00:00:00.000Z'), 48)).toEqual([]);
    const closed: RiskCaseEvent = { type: 'risk-assessments.case-closed.v1', data: { caseId: CASE_ID, reason: 'risk-resolved' } };
    expect(decideDeadlines(given(opened(), assessed(), planned(), closed), at('2026-06-01T00:00:00.000Z'), 48)).toEqual([]);
  });

  it('names the situation change as the reason, never what the change was', () => {
    const change: RiskCaseEvent = {
      type: 'risk-assessments.situation-changed.v1',
      data: { caseId: CASE_ID, change: 'pregnancy', changedAt: '2026-03-10T08:00:00.000Z' },
    };
    const [event] = decideDeadlines(given(opened(), assessed(), planned(), change), at('2026-03-10T08:00:00.000Z'), 48);
    expect(event.data).toEqual({ caseId: CASE_ID, dueAt: '2026-03-10T08:00:00.000Z', dueReason: 'situation-change' });
  });
});
