import { hasRole, Principal } from '@vigil/identity';

/** Which runs a reader sees: those of their area or institution, and every national crisis run; auditors see all. */
export interface RunScope {
  readonly area: string | null;
  readonly institution: string | null;
}

export function runScopeOf(reader: Principal): RunScope {
  if (hasRole(reader, 'auditor') || reader.unit.kind === 'national') return { area: null, institution: null };
  return reader.unit.kind === 'area' ? { area: reader.unit.area, institution: null } : { area: null, institution: reader.unit.institution };
}

/** The SQL condition over `action_card_run` (aliased `alias`) for a scope given as parameters $a (area) and $i (institution). */
export const runScopeSql = (alias: string, a: number, i: number) =>
  `(${alias}area = 'national' OR (($${a}::text IS NULL OR ${alias}area = $${a}) AND ($${i}::text IS NULL OR ${alias}institution = $${i})))`;
