import { said } from '@vigil/event-sourcing';
import { RiskCaseDomainError } from '../domain/risk-case.errors';
import { SafetyMeasure, SafetyPlanMade } from '../domain/risk-case.events';
import { requireOneOf, requireOpenCase } from '../domain/risk-case.rules';
import { latestAssessment, RiskCaseState } from '../domain/risk-case.state';
import { MEASURE_KINDS, MEASURE_STATES, OWNER_ROLES, PSEUDONYMOUS_REF } from '../domain/risk-case.vocabulary';

export interface MakeSafetyPlan {
  caseId: string;
  planId: string;
  actor: string;
  basedOnAssessmentId?: string;
  madeWithPerson: boolean;
  measures: { kind: string; label?: string; owner: string; state?: string }[];
  reassessmentIntervalDays: number;
}

const LABEL = /^[\p{L}\p{N} ,.()/-]{1,80}$/u;

function requireMeasure(measure: MakeSafetyPlan['measures'][number], i: number): SafetyMeasure {
  const kind = requireOneOf(MEASURE_KINDS, measure?.kind, `measures.${i}.kind`);
  const label = measure.label?.trim();
  if (kind === 'other' && !label)
    throw new RiskCaseDomainError(
      'invalid-value',
      'a measure of kind other needs a short label',
      `measures.${i}.label`,
      said('risk-assessments.label-required'),
    );
  if (label !== undefined && !LABEL.test(label))
    throw new RiskCaseDomainError(
      'invalid-value',
      'label must be up to 80 letters, digits and simple punctuation',
      `measures.${i}.label`,
      said('risk-assessments.label-form'),
    );
  const owner = measure.owner;
  if (!(typeof owner === 'string' && (PSEUDONYMOUS_REF.test(owner) || (OWNER_ROLES as readonly string[]).includes(owner)))) {
    throw new RiskCaseDomainError(
      'invalid-value',
      `owner must be a pseudonymous reference or one of ${OWNER_ROLES.join(', ')}`,
      `measures.${i}.owner`,
      said('risk-assessments.owner'),
    );
  }
  const state = requireOneOf(MEASURE_STATES, measure.state ?? 'planned', `measures.${i}.state`);
  return { measureId: `m${i + 1}`, kind, ...(label ? { label } : {}), owner, state };
}

/** Step 2: a plan made with the person, based on an assessment, stating how often it is reassessed. */
export function decide(command: MakeSafetyPlan, state: RiskCaseState, _now?: Date): SafetyPlanMade[] {
  const current = requireOpenCase(state, command.caseId);
  const latest = latestAssessment(current);
  if (!latest)
    throw new RiskCaseDomainError(
      'assessment-required',
      'A safety plan builds on a risk assessment: record one first',
      undefined,
      said('risk-assessments.assessment-first'),
    );
  const basedOn = command.basedOnAssessmentId ?? latest.assessmentId;
  if (!current.assessments.some((a) => a.assessmentId === basedOn))
    throw new RiskCaseDomainError(
      'assessment-not-found',
      `No assessment ${basedOn} in this case`,
      'basedOnAssessmentId',
      said('risk-assessments.assessment-not-found'),
    );
  if (command.madeWithPerson !== true)
    throw new RiskCaseDomainError(
      'invalid-value',
      'A safety plan is made together with the threatened person',
      'madeWithPerson',
      said('risk-assessments.made-with-person'),
    );
  const days = command.reassessmentIntervalDays;
  if (!Number.isInteger(days) || days < 1 || days > 365)
    throw new RiskCaseDomainError(
      'invalid-value',
      'reassessmentIntervalDays must be a whole number of days from 1 to 365',
      'reassessmentIntervalDays',
      said('crisis-readiness.revision-interval', { max: 365 }),
    );
  if (!Array.isArray(command.measures) || command.measures.length === 0)
    throw new RiskCaseDomainError('invalid-value', 'A safety plan has at least one measure', 'measures', said('validation.list-too-short', { min: 1 }));
  const measures = command.measures.map(requireMeasure);
  return [
    {
      type: 'risk-assessments.safety-plan-made.v1',
      data: {
        caseId: command.caseId,
        planId: command.planId,
        basedOnAssessmentId: basedOn,
        madeWithPerson: true,
        measures,
        reassessmentIntervalDays: days,
        madeBy: command.actor,
      },
    },
  ];
}
