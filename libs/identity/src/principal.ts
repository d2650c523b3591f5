import { findInstitution, institutionsInArea } from '@vigil/organisation';
/** The roles Vigil knows; what each may do is declared per route (see policies). */
export const ROLES = [
  'staff',
  'coordinator',
  'crisis-staff',
  'crisis-lead',
  'risk-assessor',
  'placement-officer',
  'institution-manager',
  'safety-partnership',
  'auditor',
  'administrator',
] as const;
export type Role = (typeof ROLES)[number];

/** Where a person's roles apply: the whole service, one area, or one institution. */
export type UnitScope = { kind: 'national' } | { kind: 'area'; area: string } | { kind: 'institution'; institution: string };

/** Who is asking, as the identity provider's token says: a pseudonymous reference, never a name. */
export interface Principal {
  readonly staffRef: string;
  readonly roles: readonly Role[];
  readonly unit: UnitScope;
}

const SLUG = /^[a-z0-9-]{2,60}$/;

/** `national`, `area:<slug>` or `institution:<slug>`; null for anything else. */
export function parseUnit(value: unknown): UnitScope | null {
  if (value === 'national') return { kind: 'national' };
  if (typeof value !== 'string') return null;
  const [kind, slug, extra] = value.split(':');
  if (extra !== undefined || !SLUG.test(slug ?? '')) return null;
  if (kind === 'area') return { kind: 'area', area: slug };
  if (kind === 'institution') return { kind: 'institution', institution: slug };
  return null;
}

export function unitText(unit: UnitScope): string {
  return unit.kind === 'national' ? 'national' : unit.kind === 'area' ? `area:${unit.area}` : `institution:${unit.institution}`;
}

/** Whether a record at this place lies within the unit (a record names its area, and its institution when it has one). */
export function inScope(unit: UnitScope, place: { area?: string | null; institution?: string | null }): boolean {
  if (unit.kind === 'national') return true;
  if (unit.kind === 'area') return place.area === unit.area;
  return place.institution === unit.institution;
}

export const hasRole = (principal: Principal, ...roles: Role[]) => roles.some((role) => principal.roles.includes(role));

/** The institutions a unit covers, or null for all of them (national). */
export function institutionsOf(unit: UnitScope): readonly string[] | null {
  if (unit.kind === 'national') return null;
  return unit.kind === 'institution' ? [unit.institution] : institutionsInArea(unit.area);
}

/** The area a unit lies in: undefined for national (every area), null for an institution the catalogue does not know. */
export function areaOf(unit: UnitScope): string | null | undefined {
  if (unit.kind === 'national') return undefined;
  return unit.kind === 'area' ? unit.area : (findInstitution(unit.institution)?.area ?? null);
}

/** Auditors and national readers see every unit's records; everyone else sees their own unit's. */
export const seesEveryUnit = (reader: Principal) => hasRole(reader, 'auditor') || reader.unit.kind === 'national';
