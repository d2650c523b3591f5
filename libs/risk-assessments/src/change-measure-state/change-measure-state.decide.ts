import { said } from '@vigil/event-sourcing';
import { RiskCaseDomainError } from '../domain/risk-case.errors';
import { SafetyMeasureStateChanged } from '../domain/risk-case.events';
import { requireOneOf, requireOpenCase } from '../domain/risk-case.rules';
import { RiskCaseState } from '../domain/risk-case.state';
import { MEASURE_STATES, MeasureState } from '../domain/risk-case.vocabulary';

export interface ChangeMeasureState {
  caseId: string;
  measureId: string;
  state: string;
  actor: string;
}

/** A measure moves forward only: planned → in place → ended (or planned → ended). */
const NEXT: Record<MeasureState, MeasureState[]> = { planned: ['in-place', 'ended'], 'in-place': ['ended'], ended: [] };

export function decide(command: ChangeMeasureState, state: RiskCaseState, _now?: Date): SafetyMeasureStateChanged[] {
  const current = requireOpenCase(state, command.caseId);
  const to = requireOneOf(MEASURE_STATES, command.state, 'state');
  const measure = current.plan?.measures.find((m) => m.measureId === command.measureId);
  if (!current.plan || !measure)
    throw new RiskCaseDomainError(
      'measure-not-found',
      `The current safety plan has no measure ${command.measureId}`,
      'measureId',
      said('risk-assessments.measure-not-found'),
    );
  if (measure.state === to)
    throw new RiskCaseDomainError(
      'no-change',
      `Measure ${command.measureId} is already ${to}`,
      'state',
      said('risk-assessments.measure-state-same', { state: to.replace(/-/g, '_') }),
    );
  if (!NEXT[measure.state].includes(to))
    throw new RiskCaseDomainError(
      'invalid-transition',
      `Measure ${command.measureId} cannot go from ${measure.state} to ${to}`,
      'state',
      said('risk-assessments.measure-transition', { from: measure.state.replace(/-/g, '_'), to: to.replace(/-/g, '_') }),
    );
  return [
    {
      type: 'risk-assessments.safety-measure-state-changed.v1',
      data: { caseId: command.caseId, planId: current.plan.planId, measureId: measure.measureId, from: measure.state, to },
    },
  ];
}
