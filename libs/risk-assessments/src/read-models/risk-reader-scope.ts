import { hasRole, Principal } from '@vigil/identity';
import { institutionsInArea } from '@vigil/organisation';

/** The case units a reader sees (`area:…`, `institution:…`), or null for every case (national readers, auditors). */
export type RiskScope = readonly string[] | null;

export function riskScopeOf(reader: Principal): RiskScope {
  if (hasRole(reader, 'auditor') || reader.unit.kind === 'national') return null;
  if (reader.unit.kind === 'institution') return [`institution:${reader.unit.institution}`];
  return [`area:${reader.unit.area}`, ...institutionsInArea(reader.unit.area).map((institution) => `institution:${institution}`)];
}
