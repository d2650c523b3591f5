/**
 * The closed vocabulary of coercive measures. Each list is exported as values (validation, API
 * documentation) and as a type, so the two cannot drift apart.
 */

/** The measure recorded here: placement in a security cell ("sikringscelleanbringelse"). */
export const MEASURES = ['security-cell'] as const;
export type Measure = (typeof MEASURES)[number];

/**
 * The legal bases ("hjemmel"), each with the paragraph it rests on and the reason categories it
 * allows. Danish grounds: straffuldbyrdelsesloven § 66, stk. 1, nr. 1-2; Norwegian: § 38 of the
 * straffegjennomføringsloven (sikkerhetscelle).
 */
export const LEGAL_BASES = {
  'dk-strfl-66-1-1': {
    paragraph: 'straffuldbyrdelsesloven § 66, stk. 1, nr. 1',
    ground: 'afværge truende vold eller overvinde voldsom modstand',
    reasons: ['threatening-violence', 'violent-resistance'],
  },
  'dk-strfl-66-1-2': {
    paragraph: 'straffuldbyrdelsesloven § 66, stk. 1, nr. 2',
    ground: 'hindre selvmord eller anden selvbeskadigelse',
    reasons: ['suicide-risk', 'self-harm'],
  },
  'no-strgjfl-38': {
    paragraph: 'straffegjennomføringsloven § 38',
    ground: 'bruk av sikkerhetscelle',
    reasons: ['threatening-violence', 'violent-resistance', 'suicide-risk', 'self-harm', 'serious-property-damage'],
  },
} as const;
export type LegalBasis = keyof typeof LEGAL_BASES;
export const LEGAL_BASIS_CODES = Object.keys(LEGAL_BASES) as LegalBasis[];

/** Why the placement was necessary. */
export const REASON_CATEGORIES = ['threatening-violence', 'violent-resistance', 'suicide-risk', 'self-harm', 'serious-property-damage'] as const;
export type ReasonCategory = (typeof REASON_CATEGORIES)[number];

/** Less intrusive measures tried or considered first (proportionality, § 66, stk. 2; "forholdsmessighet"). */
export const ALTERNATIVE_MEASURES = [
  'dialogue',
  'de-escalation',
  'separation-from-others',
  'observation-cell',
  'handcuffs',
  'exclusion-from-association',
  'other',
] as const;
export type AlternativeMeasure = (typeof ALTERNATIVE_MEASURES)[number];

export const ALTERNATIVE_OUTCOMES = ['tried-insufficient', 'considered-insufficient'] as const;
export type AlternativeOutcome = (typeof ALTERNATIVE_OUTCOMES)[number];

/** Why a doctor was called: restraint (§ 66, stk. 5), suspected illness or the inmate's request (stk. 6), or local routine. */
export const DOCTOR_CALL_REASONS = ['restraint', 'suspected-illness-or-injury', 'inmate-request', 'routine'] as const;
export type DoctorCallReason = (typeof DOCTOR_CALL_REASONS)[number];

/** The doctor examined the inmate, or judged an examination clearly unnecessary (§ 66, stk. 5). */
export const DOCTOR_ASSESSMENTS = ['examined', 'deemed-unnecessary'] as const;
export type DoctorAssessment = (typeof DOCTOR_ASSESSMENTS)[number];

/** Why the placement ended: it must end as soon as it is no longer necessary. */
export const END_REASONS = ['no-longer-necessary', 'transferred-to-hospital', 'transferred-elsewhere', 'other'] as const;
export type EndReason = (typeof END_REASONS)[number];

export const MANAGEMENT_CONCLUSIONS = ['justified', 'justified-with-remarks', 'not-justified'] as const;
export type ManagementConclusion = (typeof MANAGEMENT_CONCLUSIONS)[number];

export const LEGAL_CONCLUSIONS = ['lawful', 'lawful-with-remarks', 'unlawful'] as const;
export type LegalConclusion = (typeof LEGAL_CONCLUSIONS)[number];

/** A pseudonymous reference (ST staff, IN inmate, …), e.g. `IN-4F7K2Q`: never a name (`000_…`). */
export const PSEUDONYMOUS_REF = /^[A-Z]{2,4}-[0-9A-Z]{4,12}$/;

/** An institution's slug, e.g. `nyborg`. */
export const INSTITUTION_SLUG = /^[a-z0-9-]{2,60}$/;

export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
