/** Closed vocabularies of the risk-assessment context (002_…: risikovurdering, sikkerhedsplan, revurdering). */

/** Named risk-assessment instruments; `internal` is an organisation's own, identified by name. */
export const INSTRUMENT_CODES = ['SARA-SV', 'SAM', 'PATRIARK', 'internal'] as const;
export type InstrumentCode = (typeof INSTRUMENT_CODES)[number];

/** The scale the named instruments rate summary risk on. */
export const STANDARD_SCALE = ['low', 'moderate', 'high'] as const;

/** Whose safety the case is about. */
export const PERSON_ROLES = ['employee-off-duty', 'employee-family', 'victim', 'inmate-at-risk', 'client'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

/** How strongly a factor is present, as the instruments rate their items. */
export const FACTOR_RATINGS = ['present', 'partial', 'absent'] as const;

export const MEASURE_KINDS = [
  'assault-alarm',
  'changed-routines',
  'address-protection',
  'neighbour-help',
  'safe-transport',
  'workplace-protection',
  'unit-transfer',
  'separation-from-threat-maker',
  'police-contact',
  'shelter-place',
  'other',
] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

export const MEASURE_STATES = ['planned', 'in-place', 'ended'] as const;
export type MeasureState = (typeof MEASURE_STATES)[number];

/** A measure's owner is a pseudonymous reference or one of these roles. */
export const OWNER_ROLES = ['threatened-person', 'police', 'employer', 'institution-security', 'municipality', 'probation-office'] as const;

/** Changes known to raise the risk (002_…: leaving the partner, pregnancy); each makes a reassessment due at once. */
export const SITUATION_CHANGES = [
  'left-partner',
  'pregnancy',
  'threat-maker-released',
  'threat-maker-moved-nearby',
  'new-threat',
  'contact-attempt',
  'protection-order-breached',
  'other',
] as const;
export type SituationChange = (typeof SITUATION_CHANGES)[number];

export const CLOSE_REASONS = ['risk-resolved', 'person-moved-away', 'transferred', 'person-declined', 'other'] as const;

export const CERTIFICATION_END_REASONS = ['lapsed', 'withdrawn', 'not-renewed'] as const;

/** People are named only by pseudonymous reference, e.g. PR-8H2K4M or ST-7K3Q9P. */
export const PSEUDONYMOUS_REF = /^[A-Z]{2,4}-[0-9A-Z]{4,12}$/;
/** Factor keys, internal instrument names and scale steps: lower-case slugs, never free text. */
export const SLUG = /^[a-z0-9][a-z0-9.-]{0,59}$/;
export const INSTRUMENT_VERSION = /^[0-9A-Za-z][0-9A-Za-z.-]{0,19}$/;

export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
