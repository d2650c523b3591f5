import { said } from '@vigil/event-sourcing';
import { institutionProblem } from '@vigil/organisation';
import { CoerciveMeasureError } from './placement.errors';
import { EndedPlacement, PlacementState, StartedPlacement } from './placement.state';
import { INSTITUTION_SLUG, isOneOf, PSEUDONYMOUS_REF } from './placement.vocabulary';

/** What a refusal names, as catalogue terms (the English text stays in the message for logs). */
const TERMS: Readonly<Record<string, string>> = {
  'doctor call': 'fact.doctor-called',
  'doctor arrival': 'fact.doctor-arrived',
  'follow-up conversation': 'fact.follow-up-conversation',
  'management review': 'fact.management-review',
  'legal review': 'fact.legal-review',
  'the start of the placement': 'point.placement-start',
  'the end of the placement': 'point.placement-end',
  'the last observation note': 'point.last-note',
  'the doctor call': 'point.doctor-call',
};
const term = (what: string) => (TERMS[what] ? { term: TERMS[what] } : what);

/** Times may run this far ahead of the server clock (clock skew between devices). */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

export function requireStarted(state: PlacementState, placementId: string): StartedPlacement {
  if (state.status === 'none')
    throw new CoerciveMeasureError('placement-not-found', `No placement ${placementId} is recorded`, undefined, said('coercive-measures.placement-not-found'));
  return state;
}

export function requireOngoing(state: PlacementState, placementId: string, action: string): Extract<StartedPlacement, { status: 'ongoing' }> {
  const placement = requireStarted(state, placementId);
  if (placement.status !== 'ongoing') {
    throw new CoerciveMeasureError(
      'invalid-transition',
      `Cannot ${action}: the placement ended at ${placement.endedAt}`,
      undefined,
      said('coercive-measures.placement-ended', { endedAt: { at: placement.endedAt } }),
    );
  }
  return placement;
}

export function requireEnded(state: PlacementState, placementId: string, action: string): EndedPlacement {
  const placement = requireStarted(state, placementId);
  if (placement.status !== 'ended')
    throw new CoerciveMeasureError(
      'invalid-transition',
      `Cannot ${action} before the placement has ended`,
      undefined,
      said('coercive-measures.placement-not-ended'),
    );
  return placement;
}

/** Refuses a second record of a once-only fact (a review, the follow-up conversation…). */
export function requireNotYet(existing: string | null, what: string): void {
  if (existing)
    throw new CoerciveMeasureError(
      'already-recorded',
      `The ${what} is already recorded (at ${existing})`,
      undefined,
      said('coercive-measures.already-recorded', { what: term(what), at: { at: existing } }),
    );
}

/** Parses an instant and refuses one in the future; returns it normalised to ISO 8601 UTC. */
export function requireInstant(value: unknown, now: Date, field: string): string {
  const time = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? new Date(value).getTime() : NaN;
  if (Number.isNaN(time)) throw new CoerciveMeasureError('invalid-value', `${field} must be an ISO 8601 date-time`, field, said('validation.date-time'));
  if (time > now.getTime() + FUTURE_TOLERANCE_MS)
    throw new CoerciveMeasureError('in-future', `${field} ${String(value)} lies in the future`, field, said('validation.in-future'));
  return new Date(time).toISOString();
}

/** Refuses `time` earlier than `earliest` (both ISO 8601 UTC); `strictly` refuses equality too. */
export function requireNotBefore(time: string, earliest: string, field: string, what: string, strictly = false): void {
  if (time < earliest || (strictly && time === earliest)) {
    throw new CoerciveMeasureError(
      'out-of-order',
      `${field} ${time} must be ${strictly ? 'after' : 'at or after'} ${what} (${earliest})`,
      field,
      said('coercive-measures.out-of-order', { time: { at: time }, what: term(what), earliest: { at: earliest }, strictly: strictly ? 'yes' : 'no' }),
    );
  }
}

export function requireText(value: unknown, field: string, max = 4000): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (!text) throw new CoerciveMeasureError('invalid-value', `${field} must not be blank`, field, said('validation.blank'));
  if (text.length > max)
    throw new CoerciveMeasureError('invalid-value', `${field} may be at most ${max} characters`, field, said('validation.too-long', { max }));
  return text;
}

export function optionalText(value: unknown, field: string, max = 4000): string | undefined {
  return value === undefined || value === null || (typeof value === 'string' && !value.trim()) ? undefined : requireText(value, field, max);
}

export function requireOneOf<T extends string>(values: readonly T[], value: unknown, field: string): T {
  if (!isOneOf(values, value))
    throw new CoerciveMeasureError('invalid-value', `${field} must be one of ${values.join(', ')}`, field, said('validation.choice'));
  return value;
}

export function requireRef(value: unknown, field: string): string {
  if (!(typeof value === 'string' && PSEUDONYMOUS_REF.test(value))) {
    throw new CoerciveMeasureError(
      'invalid-value',
      `${field} must be a pseudonymous reference such as ST-7K3Q9P, never a name`,
      field,
      said('validation.pseudonymous-ref'),
    );
  }
  return value;
}

/** An institution of the organisation catalogue, in a country this installation serves: never free text. */
export function requireInstitution(value: unknown, field = 'institution'): string {
  if (!(typeof value === 'string' && INSTITUTION_SLUG.test(value)))
    throw new CoerciveMeasureError('invalid-value', `${field} must be an institution slug such as nyborg`, field, said('refusal.slug'));
  const problem = institutionProblem(value);
  if (problem) throw new CoerciveMeasureError('invalid-value', problem.message, field, problem.words);
  return value;
}

export function requireBoolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') throw new CoerciveMeasureError('invalid-value', `${field} must be true or false`, field, said('validation.yes-no'));
  return value;
}
