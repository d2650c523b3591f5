import { said } from '@vigil/event-sourcing';
import { unitProblem, unitWords } from '@vigil/organisation';
import { RiskCaseDomainError } from '../domain/risk-case.errors';
import { RiskCaseOpened } from '../domain/risk-case.events';
import { requireOneOf, requireRef } from '../domain/risk-case.rules';
import { RiskCaseState } from '../domain/risk-case.state';
import { PERSON_ROLES } from '../domain/risk-case.vocabulary';

const UNIT = /^(national|(area|institution):[a-z0-9-]{2,60})$/;

export type OpenRiskCase = Omit<RiskCaseOpened['data'], 'openedBy'> & { actor: string };

export function decide(command: OpenRiskCase, state: RiskCaseState, _now?: Date): RiskCaseOpened[] {
  if (state.status !== 'none')
    throw new RiskCaseDomainError(
      'case-already-opened',
      `Risk case ${command.caseId} is already opened`,
      'caseId',
      said('risk-assessments.case-already-opened'),
    );
  const personRef = requireRef(command.personRef, 'personRef');
  const personRole = requireOneOf(PERSON_ROLES, command.personRole, 'personRole');
  if (command.unit !== undefined && !UNIT.test(command.unit))
    throw new RiskCaseDomainError('invalid-value', 'unit must be national, area:<area> or institution:<institution>', 'unit', said('organisation.unit-form'));
  // The unit names an area or institution of the organisation catalogue: never free text.
  const unitWrong = command.unit === undefined ? null : unitProblem(command.unit);
  if (unitWrong) throw new RiskCaseDomainError('invalid-value', unitWrong, 'unit', unitWords(command.unit) ?? undefined);
  const unit = command.unit !== undefined ? { unit: command.unit } : {};
  return [{ type: 'risk-assessments.case-opened.v1', data: { caseId: command.caseId, personRef, personRole, openedBy: command.actor, ...unit } }];
}
