import { EntityManager } from 'typeorm';
import { IndicatorRules } from '../domain/indicator-rules';

/** A published definition version as the figures use it. */
export interface DefinitionRow {
  readonly id: number;
  readonly indicator: string;
  readonly version: number;
  readonly title: string;
  readonly rules: IndicatorRules;
  readonly reason: string;
  readonly publishedAt: string;
  readonly publishedBy: string;
  readonly eventId: string;
  /** Incidents it counted when its history was re-projected (null until then); later incidents add to its figures, not here. */
  readonly incidentsCounted: number | null;
  readonly reprojectedMs: number | null;
}

const SELECT = `SELECT id, indicator, version, rules, reason, published_at, published_by, event_id, incidents_counted, reprojected_ms FROM statistics_definitions`;

function toDefinition(row: Record<string, unknown>): DefinitionRow {
  const rules = row.rules as IndicatorRules;
  return {
    id: Number(row.id),
    indicator: row.indicator as string,
    version: Number(row.version),
    title: rules.title,
    rules,
    reason: row.reason as string,
    publishedAt: (row.published_at as Date).toISOString(),
    publishedBy: row.published_by as string,
    eventId: row.event_id as string,
    incidentsCounted: row.incidents_counted === null ? null : Number(row.incidents_counted),
    reprojectedMs: row.reprojected_ms === null ? null : Number(row.reprojected_ms),
  };
}

export async function allDefinitions(manager: EntityManager): Promise<DefinitionRow[]> {
  const rows: Record<string, unknown>[] = await manager.query(`${SELECT} ORDER BY indicator, version`);
  return rows.map(toDefinition);
}

/** The named version of an indicator, or its latest when no version is named; null when there is none. */
export async function findDefinition(manager: EntityManager, indicator: string, version?: number): Promise<DefinitionRow | null> {
  const rows: Record<string, unknown>[] =
    version === undefined
      ? await manager.query(`${SELECT} WHERE indicator = $1 ORDER BY version DESC LIMIT 1`, [indicator])
      : await manager.query(`${SELECT} WHERE indicator = $1 AND version = $2`, [indicator, version]);
  return rows[0] ? toDefinition(rows[0]) : null;
}
