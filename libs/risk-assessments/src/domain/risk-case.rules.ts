import { said, Words } from '@vigil/event-sourcing';
import { RiskCaseDomainError } from './risk-case.errors';
import { OpenedRiskCase, RiskCaseState } from './risk-case.state';
import { isOneOf, PSEUDONYMOUS_REF } from './risk-case.vocabulary';

/** Times may run this far ahead of the server clock (clock skew between devices). */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

export function requireCase(state: RiskCaseState, caseId: string): OpenedRiskCase {
  if (state.status === 'none') throw new RiskCaseDomainError('case-not-found', `No risk case ${caseId} is recorded`, undefined, said('not-found.risk-case'));
  return state;
}

export function requireOpenCase(state: RiskCaseState, caseId: string): OpenedRiskCase & { status: 'open' } {
  const opened = requireCase(state, caseId);
  if (opened.status !== 'open') throw new RiskCaseDomainError('case-closed', `Risk case ${caseId} is closed`, undefined, said('risk-assessments.case-closed'));
  return opened;
}

/** Parses an instant and refuses one in the future; returns it as ISO 8601 UTC. */
export function requireInstant(value: unknown, now: Date, field: string): string {
  const time = typeof value === 'string' ? new Date(value).getTime() : NaN;
  if (Number.isNaN(time)) throw new RiskCaseDomainError('invalid-value', `${field} must be an ISO 8601 date-time`, field, said('validation.date-time'));
  if (time > now.getTime() + FUTURE_TOLERANCE_MS)
    throw new RiskCaseDomainError('invalid-value', `${field} must not lie in the future`, field, said('validation.in-future'));
  return new Date(time).toISOString();
}

export function requireOneOf<T extends string>(values: readonly T[], value: unknown, field: string): T {
  if (!isOneOf(values, value)) throw new RiskCaseDomainError('invalid-value', `${field} must be one of ${values.join(', ')}`, field, said('validation.choice'));
  return value;
}

export function requireMatch(pattern: RegExp, value: unknown, field: string, what: string, words: Words = said('validation.form')): string {
  if (typeof value !== 'string' || !pattern.test(value)) throw new RiskCaseDomainError('invalid-value', `${field} must be ${what}`, field, words);
  return value;
}

export function requireRef(value: unknown, field: string): string {
  return requireMatch(PSEUDONYMOUS_REF, value, field, 'a pseudonymous reference such as PR-8H2K4M, never a name');
}
