import { hasRole, Principal } from '@vigil/identity';

/** Which incidents a reader sees: those in their unit, or, for staff without a case role, the ones they reported. */
export interface IncidentReaderScope {
  readonly area?: string;
  readonly institution?: string;
  readonly reportedBy?: string;
}

export function incidentReaderScope(reader: Principal): IncidentReaderScope {
  if (hasRole(reader, 'auditor')) return {}; // auditors read everything
  if (!hasRole(reader, 'coordinator', 'institution-manager', 'crisis-staff', 'crisis-lead')) return { reportedBy: reader.staffRef };
  if (reader.unit.kind === 'area') return { area: reader.unit.area };
  if (reader.unit.kind === 'institution') return { institution: reader.unit.institution };
  return {};
}

/** SQL clauses (over incident_current) that keep a read within the scope, numbering parameters after `offset`. */
export function scopeClauses(scope: IncidentReaderScope, offset: number): { clauses: string[]; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => clauses.push(`${sql}$${offset + params.push(value)}`);
  if (scope.area) add('area = ', scope.area);
  if (scope.institution) add('institution = ', scope.institution);
  if (scope.reportedBy) add("state->>'reportedBy' = ", scope.reportedBy);
  return { clauses, params };
}
