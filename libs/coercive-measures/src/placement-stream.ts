/** Each placement is one stream, `coercivemeasure-<uuid>`; the category feeds its projections. */
export const PLACEMENT_CATEGORY = 'coercivemeasure';

export function placementStreamId(placementId: string): string {
  return `${PLACEMENT_CATEGORY}-${placementId}`;
}

export function placementIdOf(streamId: string): string {
  return streamId.slice(PLACEMENT_CATEGORY.length + 1);
}

/** Every published version of the security-cell rule set, in one stream of its own category. */
export const RULE_SET_STREAM = 'coercionrules-security-cell';
