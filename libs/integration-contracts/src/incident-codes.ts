/**
 * The incident register's published language: the codes its contracts carry. The register's own
 * vocabulary must equal these lists (its spec checks), so consumers validate against them without
 * importing the register.
 */
export const INCIDENT_KIND_CODES = ['violence', 'threat', 'harassment', 'psychological-violence', 'near-miss', 'deviation', 'self-harm'] as const;
export const TARGET_GROUP_CODES = ['inmate', 'staff-on-duty', 'staff-off-duty', 'staff-family', 'client', 'partner', 'visitor'] as const;
export const PERPETRATOR_CODES = ['inmate', 'client', 'relative', 'unknown', 'other'] as const;
export const LOCATION_TYPE_CODES = ['institution', 'off-duty'] as const;
/** The Danish areas ("områder"). */
export const AREA_CODES = ['hovedstaden', 'sjaelland', 'syddanmark', 'midt-nord'] as const;
/** The Norwegian regions (Kriminalomsorgen), as the organisation catalogue names them. */
export const REGION_CODES = ['region-ost', 'region-sor', 'region-sorvest', 'region-vest', 'region-nord'] as const;
/** Every area or region an incident may name: the organisation catalogue's slugs (its spec keeps the two equal). */
export const SERVICE_AREA_CODES = [...AREA_CODES, ...REGION_CODES] as const;
/** The worst physical injury anyone suffered, by degree. */
export const PHYSICAL_INJURY_CODES = ['none', 'minor', 'treated', 'hospitalised', 'fatal'] as const;
export const INVOLVED_ROLE_CODES = ['target', 'perpetrator', 'witness', 'reporter'] as const;

/** Whom a pseudonymous reference's prefix names: ST staff, IN inmate, KL client; anyone else is `other`. */
export const PERSON_KIND_CODES = ['staff', 'inmate', 'client', 'other'] as const;
export type PersonKindCode = (typeof PERSON_KIND_CODES)[number];

const PREFIXES: Readonly<Record<string, PersonKindCode>> = { ST: 'staff', IN: 'inmate', KL: 'client' };

/** The kind of person a reference names, from its prefix only: the reference itself never leaves the register. */
export function personKindOf(ref: string): PersonKindCode {
  return PREFIXES[ref.split('-')[0]] ?? 'other';
}

/** How many people took part in each role, by kind of person: counts, never who (`{ target: { inmate: 2 } }`). */
export type InvolvedCounts = Partial<Record<(typeof INVOLVED_ROLE_CODES)[number], Partial<Record<PersonKindCode, number>>>>;

/** Counts the people involved by role and kind of person. */
export function involvedCounts(people: readonly { ref: string; role: string }[]): InvolvedCounts {
  const counts: Record<string, Record<string, number>> = {};
  for (const person of people) {
    const byKind = (counts[person.role] ??= {});
    const kind = personKindOf(person.ref);
    byKind[kind] = (byKind[kind] ?? 0) + 1;
  }
  return counts as InvolvedCounts;
}
