import { interleave, recordedEvents } from '../../../projections/src/batch-equivalence.test-kit';
import { RiskAssessmentRecorded, RiskCaseEvent } from '../domain/risk-case.events';
import { ACTOR, assessed, opened, planned } from '../domain/risk-case.test-kit';
import { riskCaseStreamId } from '../risk-case-stream';

/** The risk-case log both risk read models' batch-equivalence specs project. */
const [CASE_A, CASE_B, CASE_C] = ['a1000000-0000-4000-8000-00000000000a', 'b2000000-0000-4000-8000-00000000000b', 'c3000000-0000-4000-8000-00000000000c'];
const day = (d: number) => new Date(Date.UTC(2026, 2, d, 9)).toISOString();
const assessment = (caseId: string, n: number, overrides: Partial<RiskAssessmentRecorded['data']> = {}) =>
  assessed({ caseId, assessmentId: `${caseId.slice(0, 8)}-0000-4000-8000-00000000000${n}`, ...overrides });
const measure = (caseId: string, planId: string): RiskCaseEvent => ({
  type: 'risk-assessments.safety-measure-state-changed.v1',
  data: { caseId, planId, measureId: 'm1', from: 'planned', to: 'in-place' },
});
const changed = (caseId: string, changedAt: string): RiskCaseEvent => ({
  type: 'risk-assessments.situation-changed.v1',
  data: { caseId, change: 'left-partner', changedAt },
});
const overdue = (caseId: string, dueAt: string): RiskCaseEvent => ({
  type: 'risk-assessments.reassessment-became-overdue.v1',
  data: { caseId, dueAt, dueReason: 'situation-change' },
});
const escalated = (caseId: string, dueAt: string): RiskCaseEvent => ({
  type: 'risk-assessments.reassessment-escalated.v1',
  data: { caseId, dueAt, dueReason: 'situation-change', graceHours: 48 },
});
const closed = (caseId: string): RiskCaseEvent => ({ type: 'risk-assessments.case-closed.v1', data: { caseId, reason: 'risk-resolved' } });

/**
 * Three cases: one through its whole life, one with an internal instrument and ignored events, and one assessed before it
 * was opened, opened twice and with an assessment id recorded twice.
 */
const STREAMS: [string, RiskCaseEvent[]][] = [
  [
    CASE_A,
    [
      opened({ caseId: CASE_A, unit: 'institution:nyborg' }),
      assessment(CASE_A, 1, { assessedAt: day(1) }),
      planned({ caseId: CASE_A, planId: 'a1000000-0000-4000-8000-0000000000f1', basedOnAssessmentId: 'a1000000-0000-4000-8000-000000000001' }),
      measure(CASE_A, 'a1000000-0000-4000-8000-0000000000f1'),
      changed(CASE_A, day(10)),
      overdue(CASE_A, day(10)),
      escalated(CASE_A, day(10)),
      assessment(CASE_A, 2, { kind: 'reassessment', riskLevel: 'moderate', assessedAt: day(12) }),
      closed(CASE_A),
    ],
  ],
  [
    CASE_B,
    [
      opened({ caseId: CASE_B, personRole: 'victim' }),
      assessment(CASE_B, 1, {
        instrument: { code: 'internal', version: '1', name: 'vigil-screening' },
        scale: ['low', 'high'],
        riskLevel: 'low',
        assessedAt: day(3),
      }),
      planned({ caseId: CASE_B, reassessmentIntervalDays: 14 }),
      changed(CASE_B, day(28)),
      overdue(CASE_B, day(1)),
      measure(CASE_B, 'not-the-current-plan'),
    ],
  ],
  [
    CASE_C,
    [
      assessment(CASE_C, 1, { assessedAt: day(2) }),
      opened({ caseId: CASE_C, unit: 'area:syddanmark' }),
      opened({ caseId: CASE_C, personRole: 'client', unit: 'national' }),
      assessment(CASE_C, 2, { assessedAt: day(4), riskLevel: 'moderate' }),
      changed(CASE_C, day(6)),
      assessment(CASE_C, 1, { assessedAt: day(5), riskLevel: 'low' }), // the same assessment id again: the first recording stays in the history
    ],
  ],
];

/** The streams interleaved round-robin, as the global log mixes them, with an event of another kind among them. */
export const LOG = interleave(
  recordedEvents(ACTOR),
  STREAMS.map(([caseId, events]) => [riskCaseStreamId(caseId), events] as const),
  { after: 4, streamId: riskCaseStreamId(CASE_B), revision: 99, event: { type: 'risk-assessments.something-else.v1', data: {} } },
);
/** A runner that crashed after committing part of the log reads it again: the replayed events must change nothing. */
export const SEQUENCE = [...LOG.slice(0, 12), ...LOG.slice(2, 10), ...LOG.slice(12), ...LOG.slice(15, 19)];
