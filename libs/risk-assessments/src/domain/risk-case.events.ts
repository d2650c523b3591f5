import { InstrumentCode, MeasureKind, MeasureState, PersonRole, SituationChange } from './risk-case.vocabulary';

/** Which instrument, in which version; an internal one carries its name (a slug). */
export interface Instrument {
  code: InstrumentCode;
  version: string;
  name?: string;
}

export interface RatedFactor {
  /** The instrument's item or factor, as a slug (e.g. `sara-sv.v3-escalation`); never free text. */
  key: string;
  rating: 'present' | 'partial' | 'absent';
}

export interface SafetyMeasure {
  /** `m1`, `m2`, … within its plan. */
  measureId: string;
  kind: MeasureKind;
  /** Short label for kind `other`; must not name people or health details. */
  label?: string;
  /** A pseudonymous reference or an owner role. */
  owner: string;
  state: MeasureState;
}

/** A case about one threatened person was opened; the person is named only by reference. */
export interface RiskCaseOpened {
  type: 'risk-assessments.case-opened.v1';
  data: {
    caseId: string;
    personRef: string;
    personRole: PersonRole;
    openedBy: string;
    /** The unit the case belongs to (`national`, `area:<slug>`, `institution:<slug>`); cases opened before units were recorded have none and are read nationally. */
    unit?: string;
  };
}

/** A risk assessment with a named instrument by a certified assessor (step 1, and each reassessment). */
export interface RiskAssessmentRecorded {
  type: 'risk-assessments.assessment-recorded.v1';
  data: {
    caseId: string;
    assessmentId: string;
    kind: 'initial' | 'reassessment';
    instrument: Instrument;
    /** The instrument's ordered risk scale, lowest first; the level is one of its steps. */
    scale: string[];
    riskLevel: string;
    factors: RatedFactor[];
    /** The assessor's pseudonymous reference; certified for the instrument when assessed. */
    assessedBy: string;
    assessedAt: string;
  };
}

/** A safety plan made with the person (step 2); it states its own reassessment interval (step 3). Replaces any earlier plan. */
export interface SafetyPlanMade {
  type: 'risk-assessments.safety-plan-made.v1';
  data: {
    caseId: string;
    planId: string;
    basedOnAssessmentId: string;
    madeWithPerson: true;
    measures: SafetyMeasure[];
    reassessmentIntervalDays: number;
    madeBy: string;
  };
}

/** A measure of the current plan moved on: planned → in place → ended. */
export interface SafetyMeasureStateChanged {
  type: 'risk-assessments.safety-measure-state-changed.v1';
  data: { caseId: string; planId: string; measureId: string; from: MeasureState; to: MeasureState };
}

/** The person's situation changed; a reassessment is due from `changedAt` at once. */
export interface SituationChanged {
  type: 'risk-assessments.situation-changed.v1';
  data: { caseId: string; change: SituationChange; changedAt: string };
}

/** A reassessment passed its due time unmet; `dueAt` is the due time, not when the worker noticed. No personal data. */
export interface ReassessmentBecameOverdue {
  type: 'risk-assessments.reassessment-became-overdue.v1';
  data: { caseId: string; dueAt: string; dueReason: 'cycle' | 'situation-change' };
}

/** An overdue reassessment stayed unmet past the grace period and was escalated. No personal data. */
export interface ReassessmentEscalated {
  type: 'risk-assessments.reassessment-escalated.v1';
  data: { caseId: string; dueAt: string; dueReason: 'cycle' | 'situation-change'; graceHours: number };
}

/** The case ended; no further reassessments fall due. */
export interface RiskCaseClosed {
  type: 'risk-assessments.case-closed.v1';
  data: { caseId: string; reason: string };
}

export type RiskCaseEvent =
  | RiskCaseOpened
  | RiskAssessmentRecorded
  | SafetyPlanMade
  | SafetyMeasureStateChanged
  | SituationChanged
  | ReassessmentBecameOverdue
  | ReassessmentEscalated
  | RiskCaseClosed;

export const RISK_CASE_EVENT_TYPES: readonly RiskCaseEvent['type'][] = [
  'risk-assessments.case-opened.v1',
  'risk-assessments.assessment-recorded.v1',
  'risk-assessments.safety-plan-made.v1',
  'risk-assessments.safety-measure-state-changed.v1',
  'risk-assessments.situation-changed.v1',
  'risk-assessments.reassessment-became-overdue.v1',
  'risk-assessments.reassessment-escalated.v1',
  'risk-assessments.case-closed.v1',
];

export function isRiskCaseEvent(type: string): type is RiskCaseEvent['type'] {
  return (RISK_CASE_EVENT_TYPES as readonly string[]).includes(type);
}
