import { findArea, findInstitution } from '@vigil/organisation';
import { Principal, Role, UnitScope, unitText } from '@vigil/identity';
import { Language } from '@vigil/i18n';
import { say } from './sign-in-words';

/** Each role as the people holding it say it, in English (the pages' own words carry Danish and Norwegian). */
export const ROLE_NAMES: Readonly<Record<Role, string>> = {
  staff: 'Staff',
  coordinator: 'Coordinator',
  'crisis-staff': 'Crisis staff',
  'crisis-lead': 'Crisis lead',
  'risk-assessor': 'Risk assessor',
  'placement-officer': 'Placement officer',
  'institution-manager': 'Institution manager',
  'safety-partnership': 'Safety partnership',
  auditor: 'Auditor',
  administrator: 'Administrator',
};

/** The Danish areas as the pages name them (libs/coordinator-web's AREAS); the Norwegian regions by their catalogue names. */
const AREA_NAMES: Readonly<Record<string, string>> = {
  hovedstaden: 'Hovedstaden',
  sjaelland: 'Sjælland',
  syddanmark: 'Syddanmark',
  'midt-nord': 'Midt-Nord',
};

/** A slug no list knows, made readable: `enner-mark` → `Enner mark`. */
const fromSlug = (slug: string) => slug.charAt(0).toUpperCase() + slug.slice(1).replace(/-/g, ' ');

/** A unit by its name: an area or institution by the catalogue's (each in its country's own language), the whole country in words. */
export function unitName(unit: UnitScope, language: Language = 'en'): string {
  if (unit.kind === 'national') return say(language, 'unit.national');
  if (unit.kind === 'area') return AREA_NAMES[unit.area] ?? findArea(unit.area)?.name ?? fromSlug(unit.area);
  return findInstitution(unit.institution)?.name ?? fromSlug(unit.institution);
}

export const roleNames = (roles: readonly Role[], language: Language = 'en'): string[] => roles.map((role) => say(language, `role.${role}`));

/** Who is signed in, as /auth/me answers: the claims, and the same in words for the page header. */
export interface SignedInPerson {
  readonly staffRef: string;
  readonly roles: readonly Role[];
  readonly unit: string;
  readonly roleNames: readonly string[];
  readonly unitName: string;
}

export const describePerson = (principal: Principal, language: Language = 'en'): SignedInPerson => ({
  staffRef: principal.staffRef,
  roles: principal.roles,
  unit: unitText(principal.unit),
  roleNames: roleNames(principal.roles, language),
  unitName: unitName(principal.unit, language),
});
