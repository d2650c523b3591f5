import { ReassessmentBecameOverdue, ReassessmentEscalated } from '../domain/risk-case.events';
import { RiskCaseState } from '../domain/risk-case.state';

export type DeadlineEvent = ReassessmentBecameOverdue | ReassessmentEscalated;

/**
 * What the deadline workflow records now: the reassessment became overdue at its due time, and
 * escalated once the grace period after it ran out. Both carry the due time, never the time the
 * worker caught up, so the same facts always give the same events (and the same event ids).
 */
export function decideDeadlines(state: RiskCaseState, now: Date, graceHours: number): DeadlineEvent[] {
  if (state.status !== 'open') return [];
  const { dueAt, dueReason, overdueRecorded, escalated } = state.reassessment;
  if (!dueAt || !dueReason || new Date(dueAt).getTime() > now.getTime()) return [];
  const events: DeadlineEvent[] = [];
  if (!overdueRecorded) events.push({ type: 'risk-assessments.reassessment-became-overdue.v1', data: { caseId: state.caseId, dueAt, dueReason } });
  const escalateAt = new Date(dueAt).getTime() + graceHours * 3_600_000;
  if (!escalated && escalateAt <= now.getTime()) {
    events.push({ type: 'risk-assessments.reassessment-escalated.v1', data: { caseId: state.caseId, dueAt, dueReason, graceHours } });
  }
  return events;
}

/** The workflow records one deadline event per command, so each keeps the id it always had. */
export interface RecordReassessmentDeadline {
  caseId: string;
  deadline: DeadlineEvent['type'];
  /** The poll's time: the same facts give the same events, whenever the command runs. */
  asOf: Date;
  graceHours: number;
}

export function decideDeadline(command: RecordReassessmentDeadline, state: RiskCaseState, _now?: Date): DeadlineEvent[] {
  return decideDeadlines(state, command.asOf, command.graceHours).filter((event) => event.type === command.deadline);
}
