import { CATALOGUE_AREAS, COUNTRY_NAMES, Country, findArea } from './areas';
import { findInstitution, INSTITUTION_TYPE_NAMES, INSTITUTIONS } from './institutions';
import { findLegalBasis, CATALOGUE_LEGAL_BASES } from './legal-bases';
import { servedJurisdictions } from './jurisdictions';

/**
 * The organisation catalogue as versioned data: a new area, institution or legal basis is a new version, and slugs and
 * codes once published are never renamed or reused (events carry them).
 */
export const ORGANISATION_CATALOGUE_VERSION = 2;
/** The day this version took effect. Version 1 was the Danish list alone. */
export const ORGANISATION_CATALOGUE_DATE = '2026-12-06';

/** The catalogue of the given countries (default: the ones this installation serves), for pages to offer choices. */
export function organisationCatalogue(countries: readonly Country[] = servedJurisdictions()) {
  return {
    version: ORGANISATION_CATALOGUE_VERSION,
    validFrom: ORGANISATION_CATALOGUE_DATE,
    countries: countries.map((code) => ({ code, ...COUNTRY_NAMES[code], institutionTypes: INSTITUTION_TYPE_NAMES[code] })),
    areas: CATALOGUE_AREAS.filter((a) => countries.includes(a.country)),
    institutions: INSTITUTIONS.filter((i) => countries.includes(i.country)),
    legalBases: CATALOGUE_LEGAL_BASES.filter((b) => countries.includes(b.country)),
  };
}
export type OrganisationCatalogue = ReturnType<typeof organisationCatalogue>;

const notServed = (country: Country) => `${COUNTRY_NAMES[country].name} is not served by this installation`;

/**
 * What is wrong with naming this institution (in this area, when one is given) in a new command, in plain words; null
 * when nothing is. Callers put the message under the field that named it.
 */
export function institutionProblem(
  slug: unknown,
  area?: unknown,
): { field: 'institution' | 'area'; message: string; words: { key: string; values?: Record<string, string> } } | null {
  const institution = typeof slug === 'string' ? findInstitution(slug) : undefined;
  if (!institution) return { field: 'institution', message: 'no such institution in the catalogue', words: { key: 'organisation.no-such-institution' } };
  if (!servedJurisdictions().includes(institution.country))
    return {
      field: 'institution',
      message: `${institution.name}: ${notServed(institution.country)}`,
      words: { key: 'organisation.not-served', values: { name: institution.name, country: institution.country } },
    };
  if (area !== undefined && area !== null && area !== institution.area) {
    const named = typeof area === 'string' ? findArea(area) : undefined;
    const lies = findArea(institution.area)!.name;
    return {
      field: 'area',
      message: `${institution.name} lies in ${lies}, not in ${named?.name ?? 'that area'}`,
      words: { key: 'organisation.wrong-area', values: { institution: institution.name, area: lies, named: named?.name ?? String(area) } },
    };
  }
  return null;
}

/** The same as `areaProblem`, as words for the reader's language (libs/i18n): a catalogue key and its values. */
export function areaWords(slug: unknown): { key: string; values?: Record<string, string> } | null {
  const area = typeof slug === 'string' ? findArea(slug) : undefined;
  if (!area) return { key: 'organisation.no-such-area' };
  if (!servedJurisdictions().includes(area.country)) return { key: 'organisation.not-served', values: { name: area.name, country: area.country } };
  return null;
}

/** What is wrong with naming this area or region in a new command, in plain words; null when nothing is. */
export function areaProblem(slug: unknown): string | null {
  const area = typeof slug === 'string' ? findArea(slug) : undefined;
  if (!area) return 'no such area or region in the catalogue';
  if (!servedJurisdictions().includes(area.country)) return `${area.name}: ${notServed(area.country)}`;
  return null;
}

/** What is wrong with a unit (`national`, `area:<slug>` or `institution:<slug>`) in a new command; null when nothing is. */
export function unitProblem(unit: unknown): string | null {
  if (unit === 'national') return null;
  if (typeof unit !== 'string') return 'unit must be national, area:<area> or institution:<institution>';
  const [kind, slug, extra] = unit.split(':');
  if (extra !== undefined || slug === undefined) return 'unit must be national, area:<area> or institution:<institution>';
  if (kind === 'area') return areaProblem(slug);
  if (kind === 'institution') return institutionProblem(slug)?.message ?? null;
  return 'unit must be national, area:<area> or institution:<institution>';
}

/** What is wrong with resting a decision in this country on this legal basis; null when nothing is. */
export function legalBasisProblem(code: unknown, country?: Country): string | null {
  const basis = typeof code === 'string' ? findLegalBasis(code) : undefined;
  if (!basis) return 'no such legal basis in the catalogue';
  if (country && basis.country !== country)
    return `${basis.provision} is ${basis.country === 'dk' ? 'Danish' : 'Norwegian'} law and does not apply in ${COUNTRY_NAMES[country].name}`;
  return null;
}

/** The same as `legalBasisProblem`, as words for the reader's language (libs/i18n). */
export function legalBasisWords(code: unknown, country?: Country): { key: string; values?: Record<string, string> } | null {
  const basis = typeof code === 'string' ? findLegalBasis(code) : undefined;
  if (!basis) return { key: 'organisation.no-such-legal-basis' };
  if (country && basis.country !== country) return { key: 'organisation.wrong-law', values: { provision: basis.provision, law: basis.country, country } };
  return null;
}

/** The same as `unitProblem`, as words for the reader's language (libs/i18n). */
export function unitWords(unit: unknown): { key: string; values?: Record<string, string> } | null {
  if (unit === 'national') return null;
  const form = { key: 'organisation.unit-form' };
  if (typeof unit !== 'string') return form;
  const [kind, slug, extra] = unit.split(':');
  if (extra !== undefined || slug === undefined) return form;
  if (kind === 'area') return areaWords(slug);
  if (kind === 'institution') return institutionProblem(slug)?.words ?? null;
  return form;
}
