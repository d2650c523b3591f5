import { SituationChanged } from '../domain/risk-case.events';
import { requireOneOf, requireOpenCase } from '../domain/risk-case.rules';
import { RiskCaseState } from '../domain/risk-case.state';
import { SITUATION_CHANGES } from '../domain/risk-case.vocabulary';

export interface RecordSituationChange {
  caseId: string;
  change: string;
  actor: string;
}

/** Step 3, early: a change of situation makes the reassessment due at once (from the moment it is recorded). */
export function decide(command: RecordSituationChange, state: RiskCaseState, now: Date): SituationChanged[] {
  requireOpenCase(state, command.caseId);
  const change = requireOneOf(SITUATION_CHANGES, command.change, 'change');
  return [{ type: 'risk-assessments.situation-changed.v1', data: { caseId: command.caseId, change, changedAt: now.toISOString() } }];
}
