/**
 * The closed vocabulary of the incident register. Each list is exported both as values (for
 * validation and API documentation) and as a type, so the two cannot drift apart.
 */
import { AREA_SLUGS, AreaSlug, CATALOGUE_AREAS } from '@vigil/organisation';

/** What happened ("vold, trusler, chikane", "nestenulykke", "avvik", self-harm). */
export const INCIDENT_KINDS = ['violence', 'threat', 'harassment', 'psychological-violence', 'near-miss', 'deviation', 'self-harm'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

/** Who was targeted; off-duty staff and their families are counted apart (off-duty harassment). */
export const TARGET_GROUPS = ['inmate', 'staff-on-duty', 'staff-off-duty', 'staff-family', 'client', 'partner', 'visitor'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/** Who acted. */
export const PERPETRATOR_TYPES = ['inmate', 'client', 'relative', 'unknown', 'other'] as const;
export type PerpetratorType = (typeof PERPETRATOR_TYPES)[number];

export const SEVERITIES = ['minor', 'moderate', 'serious', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The worst physical injury anyone suffered. */
export const PHYSICAL_INJURY = ['none', 'minor', 'treated', 'hospitalised', 'fatal'] as const;
export type PhysicalInjury = (typeof PHYSICAL_INJURY)[number];

/**
 * The areas ("områder") of the Danish Prison and Probation Service and the regions of the Norwegian Correctional
 * Service, as slugs: the organisation catalogue's (`@vigil/organisation`), so the register and the catalogue cannot drift.
 */
export const AREAS = AREA_SLUGS;
export type Area = AreaSlug;

/** Display names of the areas and regions, as each service writes them. */
export const AREA_NAMES: Readonly<Record<Area, string>> = Object.freeze(
  Object.fromEntries(CATALOGUE_AREAS.map((area) => [area.slug, area.name])) as Record<Area, string>,
);

export const LOCATION_TYPES = ['institution', 'off-duty'] as const;
export type LocationType = (typeof LOCATION_TYPES)[number];

/** An institution's slug, e.g. `nyborg`; whether it exists in the catalogue is the handler's check. */
export const INSTITUTION_SLUG = /^[a-z0-9-]{2,60}$/;

/**
 * Where it happened: at an institution (and perhaps a unit), or off duty. An off-duty incident
 * carries the employee's home area only, so the statistics can count it without saying where they live.
 */
export type IncidentLocation =
  | { readonly type: 'institution'; readonly area: Area; readonly institution: string; readonly unit?: string }
  | { readonly type: 'off-duty'; readonly area: Area };
/** The same union under its short name. */
export type Location = IncidentLocation;

/** How the people involved took part. */
export const INVOLVED_ROLES = ['target', 'perpetrator', 'witness', 'reporter'] as const;
export type InvolvedRole = (typeof INVOLVED_ROLES)[number];

/**
 * A pseudonymous reference: a 2-4 letter prefix (ST staff, IN inmate, KL client, …) and 4-12
 * letters or digits, e.g. `ST-7K3Q9P`. The record never names anyone by surname (`000_…`).
 */
export const PSEUDONYMOUS_REF = /^[A-Z]{2,4}-[0-9A-Z]{4,12}$/;

/** A person involved, named only by pseudonymous reference. */
export interface InvolvedPerson {
  readonly ref: string;
  readonly role: InvolvedRole;
}

/** Physical injury by degree; psychological injury only as yes/no (no health details here). */
export interface Injuries {
  readonly physical: PhysicalInjury;
  readonly psychological: boolean;
}

/** True when `value` is one of `values`: narrows plain strings from outside to the closed union. */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
