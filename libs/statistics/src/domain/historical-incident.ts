import { canonicalJson, said, Words } from '@vigil/event-sourcing';
import {
  SERVICE_AREA_CODES,
  INCIDENT_KIND_CODES,
  LOCATION_TYPE_CODES,
  PERPETRATOR_CODES,
  TARGET_GROUP_CODES,
} from '@vigil/integration-contracts/incident-codes';
import { areaProblem, areaWords, institutionProblem } from '@vigil/organisation';
import { StatisticsDomainError } from './statistics.errors';

/** How the previous register left each record: counted, or marked as one of these. */
export const HISTORICAL_STATUSES = ['counted', 'duplicate', 'not-reportable', 'exercise'] as const;
export type HistoricalStatus = (typeof HISTORICAL_STATUSES)[number];

/** One record of the previous register, as it stood when exported: codes, dates and head counts. */
export interface HistoricalIncident {
  readonly legacyId: string;
  readonly occurredAt: string;
  /** When the previous register recorded it: "as known on" counts it from then. */
  readonly recordedAt: string;
  readonly kind: string;
  readonly target: string;
  readonly perpetrator: string;
  readonly locationType: string;
  readonly area: string;
  readonly institution: string | null;
  readonly staffTargets: number;
  readonly inmateTargets: number;
  readonly status: HistoricalStatus;
}

export interface HistoricalIncidentImported {
  type: 'statistics.historical-incident-imported.v1';
  data: HistoricalIncident & { source: string; importedBy: string };
}

export interface HistoricalState {
  readonly imported: HistoricalIncident | null;
}

export const initialHistorical: HistoricalState = { imported: null };

export function evolveHistorical(_state: HistoricalState, event: HistoricalIncidentImported): HistoricalState {
  const { source: _source, importedBy: _by, ...incident } = event.data;
  return { imported: incident };
}

export const LEGACY_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;

/** Checks one exported row; throws naming the first column that is wrong. */
export function validHistorical(row: Record<string, string>): HistoricalIncident {
  const fail = (column: string, message: string, words?: Words): never => {
    throw new StatisticsDomainError('invalid-value', message, column, words);
  };
  const text = (column: string) => (row[column] ?? '').trim();
  const oneOf = (column: string, allowed: readonly string[]) => {
    const value = text(column);
    if (!allowed.includes(value))
      fail(
        column,
        `${column} ${JSON.stringify(value)} is not one of ${allowed.join(', ')}`,
        said('statistics.not-one-of', { value, allowed: allowed.join(', ') }),
      );
    return value;
  };
  const date = (column: string) => {
    const value = text(column);
    const at = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/.test(value)
      ? new Date(value.length === 10 ? `${value}T12:00:00Z` : value)
      : null;
    if (!at || Number.isNaN(at.getTime()))
      fail(column, `${column} ${JSON.stringify(value)} is not a date such as 2014-03-02`, said('statistics.column-date', { value }));
    return at!.toISOString();
  };
  const count = (column: string) => {
    const value = text(column) || '0';
    if (!/^\d{1,3}$/.test(value))
      fail(column, `${column} ${JSON.stringify(value)} is not a whole number of people`, said('statistics.column-count', { value }));
    return Number(value);
  };
  const legacyId = text('legacy_id');
  if (!LEGACY_ID.test(legacyId))
    fail(
      'legacy_id',
      `legacy_id ${JSON.stringify(legacyId)} must be the previous register's id (letters, digits, . _ : -)`,
      said('statistics.legacy-id', { value: legacyId }),
    );
  const occurredAt = date('occurred_on');
  const recordedAt = date('recorded_on');
  if (recordedAt < occurredAt.slice(0, 10)) fail('recorded_on', 'recorded_on is before occurred_on', said('statistics.recorded-before-occurred'));
  const locationType = oneOf('location', LOCATION_TYPE_CODES);
  const institution = text('institution') || null;
  if (locationType === 'institution' && !institution)
    fail('institution', 'institution is required when location is institution', said('statistics.institution-required'));
  const area = oneOf('area', SERVICE_AREA_CODES);
  const areaWrong = areaProblem(area);
  if (areaWrong) fail('area', `area ${JSON.stringify(area)}: ${areaWrong}`, areaWords(area) ?? undefined);
  if (locationType === 'institution') {
    const problem = institutionProblem(institution, area);
    if (problem)
      fail(problem.field, problem.field === 'institution' ? `institution ${JSON.stringify(institution)}: ${problem.message}` : problem.message, problem.words);
  }
  return {
    legacyId,
    occurredAt,
    recordedAt,
    kind: oneOf('kind', INCIDENT_KIND_CODES),
    target: oneOf('target', TARGET_GROUP_CODES),
    perpetrator: oneOf('perpetrator', PERPETRATOR_CODES),
    locationType,
    area,
    institution: locationType === 'institution' ? institution : null,
    staffTargets: count('staff_targets'),
    inmateTargets: count('inmate_targets'),
    status: oneOf('status', HISTORICAL_STATUSES) as HistoricalStatus,
  };
}

export interface ImportHistoricalIncident {
  incident: HistoricalIncident;
  source: string;
  actor: string;
}

/** Imports a record once: the same record again changes nothing; the same id with other values is refused. */
export function decideImport(command: ImportHistoricalIncident, state: HistoricalState): HistoricalIncidentImported[] {
  if (state.imported) {
    if (canonicalJson(state.imported) === canonicalJson(command.incident)) return [];
    throw new StatisticsDomainError(
      'already-imported-differently',
      `${command.incident.legacyId} was imported before with other values`,
      'legacy_id',
      said('statistics.already-imported-differently', { id: command.incident.legacyId }),
    );
  }
  return [{ type: 'statistics.historical-incident-imported.v1', data: { ...command.incident, source: command.source, importedBy: command.actor } }];
}
