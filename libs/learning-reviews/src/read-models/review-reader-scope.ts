import { inScope, Principal, seesEveryUnit } from '@vigil/identity';
import { findInstitution, institutionsInArea } from '@vigil/organisation';

/** The review and action units a reader sees (`area:…`, `institution:…`), or null for all of them (national readers, auditors). */
export type ReviewScope = readonly string[] | null;

export function reviewScopeOf(reader: Principal): ReviewScope {
  const unit = reader.unit;
  if (seesEveryUnit(reader) || unit.kind === 'national') return null;
  if (unit.kind === 'institution') return [`institution:${unit.institution}`];
  return [`area:${unit.area}`, ...institutionsInArea(unit.area).map((slug) => `institution:${slug}`)];
}

/** The area a unit lies in: `area:x` is x, `institution:y` the institution's area; national (or an unknown institution) none. */
export function areaOfUnit(unit: string | null | undefined): string | null {
  if (!unit) return null;
  const [kind, slug] = unit.split(':');
  if (kind === 'area') return slug ?? null;
  if (kind === 'institution') return findInstitution(slug ?? '')?.area ?? null;
  return null;
}

/** Whether a review of this unit is the reader's to see; one with no unit yet only national readers see. */
export function readerSees(reader: Principal, unit: string | null): boolean {
  if (seesEveryUnit(reader)) return true;
  if (!unit || unit === 'national') return false;
  const [kind, slug] = unit.split(':');
  return inScope(reader.unit, { area: areaOfUnit(unit), institution: kind === 'institution' ? slug : null });
}

/** The `unit` filter of a list: an area takes in its institutions; an institution or national is matched as written. */
export function unitFilter(unit: string | undefined): { unit: string | null; area: string | null } {
  if (!unit) return { unit: null, area: null };
  return unit.startsWith('area:') ? { unit: null, area: unit.slice('area:'.length) } : { unit, area: null };
}
