/**
 * The closed vocabulary of crisis readiness (`003_…`, domain guide). Each list is a value (validation,
 * API docs) and a type, so they cannot drift apart.
 */
import { AREA_SLUGS, AreaSlug } from '@vigil/organisation';

/** The crisis scenarios a readiness plan is written for. */
export const SCENARIOS = ['riot', 'hostage-taking', 'escape', 'fire', 'pandemic', 'it-outage', 'threats-against-staff', 'death-in-custody', 'other'] as const;
export type Scenario = (typeof SCENARIOS)[number];

/** How far an activation reaches. */
export const SCOPE_KINDS = ['unit', 'institution', 'area', 'national'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

/** Readiness levels, lowest first: raising moves right, lowering left. */
export const CRISIS_LEVELS = ['operational', 'tactical', 'strategic'] as const;
export type CrisisLevel = (typeof CRISIS_LEVELS)[number];

/** The crisis roles a plan asks to be filled during an activation. */
export const CRISIS_ROLES = ['crisis-lead', 'log-keeper', 'communications', 'liaison'] as const;
export type CrisisRole = (typeof CRISIS_ROLES)[number];

/** Who a communication went to. */
export const AUDIENCES = ['staff', 'inmates', 'relatives', 'police', 'media', 'other-authorities'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const CHANNELS = ['meeting', 'phone', 'radio', 'email', 'sms', 'intranet', 'press-release', 'public-website', 'in-person', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

/** The three classes of security measures (`003_…`: organisatorisk, statisk/teknologisk, dynamisk/menneskelig). */
export const RISK_CLASSES = ['organisational', 'static-technological', 'dynamic-human'] as const;
export type RiskClass = (typeof RISK_CLASSES)[number];

/** An evaluation point either worked or did not. */
export const POINT_KINDS = ['worked', 'did-not-work'] as const;
export type PointKind = (typeof POINT_KINDS)[number];

/** The Danish areas ("områder") and Norwegian regions: the shared organisation catalogue's slugs. */
export const AREAS = AREA_SLUGS;
export type Area = AreaSlug;

/** A pseudonymous reference such as `ST-7K3Q9P`: the only way the record names a person. */
export const PSEUDONYMOUS_REF = /^[A-Z]{2,4}-[0-9A-Z]{4,12}$/;

/** Plan ids, action-card template ids, institutions and units are short slugs. */
export const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;

export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

export function levelRank(level: CrisisLevel): number {
  return CRISIS_LEVELS.indexOf(level);
}
