import { RiskCaseClosed } from '../domain/risk-case.events';
import { requireOneOf, requireOpenCase } from '../domain/risk-case.rules';
import { RiskCaseState } from '../domain/risk-case.state';
import { CLOSE_REASONS } from '../domain/risk-case.vocabulary';

export interface CloseRiskCase {
  caseId: string;
  reason: string;
  actor: string;
}

export function decide(command: CloseRiskCase, state: RiskCaseState, _now?: Date): RiskCaseClosed[] {
  requireOpenCase(state, command.caseId);
  const reason = requireOneOf(CLOSE_REASONS, command.reason, 'reason');
  return [{ type: 'risk-assessments.case-closed.v1', data: { caseId: command.caseId, reason } }];
}
