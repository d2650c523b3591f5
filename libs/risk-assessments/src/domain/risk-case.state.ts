import { RiskAssessmentRecorded, RiskCaseEvent, SafetyMeasure } from './risk-case.events';
import { PersonRole } from './risk-case.vocabulary';

export type Assessment = RiskAssessmentRecorded['data'];

export interface SafetyPlan {
  planId: string;
  basedOnAssessmentId: string;
  measures: SafetyMeasure[];
  reassessmentIntervalDays: number;
  madeBy: string;
}

/** When the next reassessment is due and how far its deadline has run. */
export interface Reassessment {
  dueAt: string | null;
  dueReason: 'cycle' | 'situation-change' | null;
  overdueRecorded: boolean;
  escalated: boolean;
}

interface CaseFacts {
  caseId: string;
  personRef: string;
  personRole: PersonRole;
  /** Every assessment, in the order recorded; none is ever replaced. */
  assessments: Assessment[];
  plan: SafetyPlan | null;
  reassessment: Reassessment;
}

export type RiskCaseState = { status: 'none' } | (CaseFacts & { status: 'open' }) | (CaseFacts & { status: 'closed'; closeReason: string });
export type OpenedRiskCase = Exclude<RiskCaseState, { status: 'none' }>;

export const initial: RiskCaseState = { status: 'none' };
const DAY_MS = 86_400_000;
const NOT_DUE: Reassessment = { dueAt: null, dueReason: null, overdueRecorded: false, escalated: false };

/** The most recent assessment by when it was made (late recordings may arrive out of order). */
export function latestAssessment(state: OpenedRiskCase): Assessment | null {
  return state.assessments.reduce<Assessment | null>((latest, a) => (!latest || a.assessedAt >= latest.assessedAt ? a : latest), null);
}

/** The plan's cycle counts from the latest assessment; a pending situation change keeps its earlier due time. */
function cycleDue(state: CaseFacts & { status: string }): Reassessment {
  const latest = latestAssessment(state as OpenedRiskCase);
  const pending = state.reassessment.dueReason === 'situation-change' && state.reassessment.dueAt;
  if (pending && (!latest || latest.assessedAt < state.reassessment.dueAt!)) return state.reassessment;
  if (!state.plan || !latest) return NOT_DUE;
  const dueAt = new Date(new Date(latest.assessedAt).getTime() + state.plan.reassessmentIntervalDays * DAY_MS).toISOString();
  return dueAt === state.reassessment.dueAt ? state.reassessment : { dueAt, dueReason: 'cycle', overdueRecorded: false, escalated: false };
}

export function evolve(state: RiskCaseState, event: RiskCaseEvent): RiskCaseState {
  if (event.type === 'risk-assessments.case-opened.v1') {
    const { caseId, personRef, personRole } = event.data;
    return { status: 'open', caseId, personRef, personRole, assessments: [], plan: null, reassessment: NOT_DUE };
  }
  if (state.status === 'none') return state; // nothing precedes the opening in a valid stream
  switch (event.type) {
    case 'risk-assessments.assessment-recorded.v1': {
      const next = { ...state, assessments: [...state.assessments, event.data] };
      return { ...next, reassessment: cycleDue(next) };
    }
    case 'risk-assessments.safety-plan-made.v1': {
      const { caseId: _c, madeWithPerson: _m, ...plan } = event.data;
      const next = { ...state, plan };
      return { ...next, reassessment: cycleDue(next) };
    }
    case 'risk-assessments.safety-measure-state-changed.v1': {
      if (!state.plan || state.plan.planId !== event.data.planId) return state;
      const measures = state.plan.measures.map((m) => (m.measureId === event.data.measureId ? { ...m, state: event.data.to } : m));
      return { ...state, plan: { ...state.plan, measures } };
    }
    case 'risk-assessments.situation-changed.v1': {
      const current = state.reassessment;
      if (current.dueAt && current.dueAt <= event.data.changedAt) return state; // already due earlier: keep its deadline running
      return { ...state, reassessment: { dueAt: event.data.changedAt, dueReason: 'situation-change', overdueRecorded: false, escalated: false } };
    }
    case 'risk-assessments.reassessment-became-overdue.v1':
      return event.data.dueAt === state.reassessment.dueAt ? { ...state, reassessment: { ...state.reassessment, overdueRecorded: true } } : state;
    case 'risk-assessments.reassessment-escalated.v1':
      return event.data.dueAt === state.reassessment.dueAt ? { ...state, reassessment: { ...state.reassessment, escalated: true } } : state;
    case 'risk-assessments.case-closed.v1': {
      const { status: _s, ...facts } = state as OpenedRiskCase & { closeReason?: string };
      delete facts.closeReason;
      return { ...facts, status: 'closed', closeReason: event.data.reason };
    }
  }
}
