import { said } from '@vigil/event-sourcing';
import { CrisisReadinessError } from './crisis.errors';
import { isOneOf, PSEUDONYMOUS_REF } from './crisis.vocabulary';

/** Times may run this far ahead of the server clock (clock skew between devices). */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

export function requireText(value: unknown, field: string, max = 4000, code: 'invalid-value' | 'reason-required' = 'invalid-value'): string {
  if (typeof value !== 'string' || !/\S/.test(value))
    throw new CrisisReadinessError(code, `${field} must be a non-blank text`, field, said('validation.blank'));
  if (value.length > max)
    throw new CrisisReadinessError('invalid-value', `${field} must be at most ${max} characters`, field, said('validation.too-long', { max }));
  return value.trim();
}

export function requireOneOf<T extends string>(values: readonly T[], value: unknown, field: string): T {
  if (!isOneOf(values, value))
    throw new CrisisReadinessError('invalid-value', `${field} must be one of ${values.join(', ')}`, field, said('validation.choice'));
  return value;
}

export function requireRef(value: unknown, field: string): string {
  if (typeof value !== 'string' || !PSEUDONYMOUS_REF.test(value)) {
    throw new CrisisReadinessError(
      'invalid-value',
      `${field} must be a pseudonymous reference such as ST-7K3Q9P, never a name`,
      field,
      said('validation.pseudonymous-ref'),
    );
  }
  return value;
}

export function requireFlag(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') throw new CrisisReadinessError('invalid-value', `${field} must be true or false`, field, said('validation.yes-no'));
  return value;
}

/** An instant not in the future and not before `notBefore`; normalised to ISO 8601 UTC. */
export function requireInstant(value: unknown, field: string, now: Date, notBefore?: string): string {
  const time = typeof value === 'string' ? new Date(value).getTime() : NaN;
  if (Number.isNaN(time)) throw new CrisisReadinessError('invalid-value', `${field} must be an ISO 8601 date-time`, field, said('validation.date-time'));
  if (time > now.getTime() + FUTURE_TOLERANCE_MS)
    throw new CrisisReadinessError('invalid-value', `${field} lies in the future`, field, said('validation.in-future'));
  if (notBefore && time < new Date(notBefore).getTime())
    throw new CrisisReadinessError(
      'invalid-value',
      `${field} lies before the activation began (${notBefore})`,
      field,
      said('validation.before-activation', { start: { at: notBefore } }),
    );
  return new Date(time).toISOString();
}
