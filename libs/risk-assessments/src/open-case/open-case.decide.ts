import { RiskCaseDomainError } from '../domain/risk-case.errors';
import { RiskCaseOpened } from '../domain/risk-case.events';
import { requireOneOf, requireRef } from '../domain/risk-case.rules';
import { RiskCaseState } from '../domain/risk-case.state';
import { PERSON_ROLES } from '../domain/risk-case.vocabulary';

export type OpenRiskCase = Omit<RiskCaseOpened['data'], 'openedBy'> & { actor: string };

export function decide(command: OpenRiskCase, state: RiskCaseState, _now?: Date): RiskCaseOpened[] {
  if (state.status !== 'none') throw new RiskCaseDomainError('case-already-opened', `Risk case ${command.caseId} is already opened`, 'caseId');
  const personRef = requireRef(command.personRef, 'personRef');
  const personRole = requireOneOf(PERSON_ROLES, command.personRole, 'personRole');
  return [{ type: 'risk-assessments.case-opened.v1', data: { caseId: command.caseId, personRef, personRole, openedBy: command.actor } }];
}
