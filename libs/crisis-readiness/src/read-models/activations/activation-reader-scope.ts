import { hasRole, Principal } from '@vigil/identity';
import { findInstitution } from '@vigil/organisation';

/** Which activations a reader sees: national ones, and those of their area or institution; auditors see all. */
export type ActivationScope = { kind: 'all' } | { kind: 'area'; area: string } | { kind: 'institution'; area: string | null; institution: string };

export function activationScopeOf(reader: Principal): ActivationScope {
  if (hasRole(reader, 'auditor') || reader.unit.kind === 'national') return { kind: 'all' };
  if (reader.unit.kind === 'area') return { kind: 'area', area: reader.unit.area };
  return { kind: 'institution', area: findInstitution(reader.unit.institution)?.area ?? null, institution: reader.unit.institution };
}

/** The scope as a clause over `crisis_activation`, its parameters pushed onto `params`. */
export function activationScopeClause(scope: ActivationScope, params: unknown[]): string | null {
  if (scope.kind === 'all') return null;
  if (scope.kind === 'area') return `(area IS NULL OR area = $${params.push(scope.area)})`;
  return `(area IS NULL OR (area = $${params.push(scope.area)} AND (institution IS NULL OR institution = $${params.push(scope.institution)})))`;
}
