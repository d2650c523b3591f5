/**
 * The closed vocabulary of action cards: the situations a card is written for and the roles that
 * answer for its steps. Each list is a value (validation, API docs) and a type, so they cannot drift.
 */
import { AREA_SLUGS, AreaSlug } from '@vigil/organisation';

/** The kind of situation a card is written for (`000_…`: "actionscards og tjeklister"). */
export const SITUATIONS = [
  'violence-against-employee',
  'threats-against-employee-off-duty',
  'threat-against-employee',
  'violence-between-inmates',
  'security-cell-placement',
  'crisis-scenario',
] as const;
export type Situation = (typeof SITUATIONS)[number];

/** Who answers for a step; a role, never a named person (people are assigned per run). */
export const RESPONSIBLE_ROLES = [
  'employee',
  'crisis-coordinator',
  'duty-officer',
  'nearest-manager',
  'institution-manager',
  'security-officer',
  'hr-consultant',
  'psychologist',
  'certified-risk-assessor',
  'legal-officer',
  'area-director',
  'area-security-chief',
  'directorate-duty-officer',
] as const;
export type ResponsibleRole = (typeof RESPONSIBLE_ROLES)[number];

/** Whom an overdue step escalates to: the responsible role's manager (the top escalates to itself). */
export const ROLE_MANAGER: Readonly<Record<ResponsibleRole, ResponsibleRole>> = Object.freeze({
  employee: 'nearest-manager',
  'crisis-coordinator': 'institution-manager',
  'duty-officer': 'institution-manager',
  'nearest-manager': 'institution-manager',
  'institution-manager': 'area-director',
  'security-officer': 'institution-manager',
  'hr-consultant': 'institution-manager',
  psychologist: 'institution-manager',
  'certified-risk-assessor': 'institution-manager',
  'legal-officer': 'area-director',
  'area-director': 'directorate-duty-officer',
  'area-security-chief': 'area-director',
  'directorate-duty-officer': 'directorate-duty-officer',
});

/** The Danish areas ("områder") and Norwegian regions: the shared organisation catalogue's slugs. */
export const AREAS = AREA_SLUGS;
export type Area = AreaSlug;

/** The board's group for runs a national crisis activation started: they belong to no single area. */
export const NATIONAL_AREA = 'national';
/** What a board or figures filter may name: an area, or the national group. */
export const BOARD_AREAS = [...AREAS, NATIONAL_AREA] as const;

/** A pseudonymous reference such as `ST-7K3Q9P`: the only way a run names a person. */
export const PSEUDONYMOUS_REF = /^[A-Z]{2,4}-[0-9A-Z]{4,12}$/;

/** Template ids and step ids are short slugs, stable across versions. */
export const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;

export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
