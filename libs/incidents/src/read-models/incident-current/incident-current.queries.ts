import { Optional } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { ProjectionReads } from '@vigil/projections';
import { DataSource } from 'typeorm';
import { INCIDENT_CURRENT_PROJECTION } from './incident-current.projection';
import { IncidentState } from '../../domain/incident.state';
import { listFilter, ListIncidentsQuery } from './list-incidents.query';
import { IncidentReaderScope, scopeClauses } from '../incident-reader-scope';

export interface IncidentListItem {
  id: string;
  revision: number;
  status: string;
  kind: string;
  target: string;
  perpetrator: string;
  area: string;
  institution: string | null;
  unit: string | null;
  offDuty: boolean;
  severity: string;
  occurredAt: string;
  recordedAt: string;
  updatedAt: string;
  policeReported: boolean;
  duplicateOf: string | null;
}

export type IncidentCurrent = { revision: number; recordedAt: string; updatedAt: string; state: IncidentState };

/** A page of incidents from the `incident_current` read model, filtered as the query says. */
export class ListIncidents extends Query<{ total: number; items: IncidentListItem[] }> {
  constructor(
    readonly filter: ListIncidentsQuery,
    readonly scope: IncidentReaderScope = {},
  ) {
    super();
  }
}

/**
 * One incident as it stands, or null (also when it lies outside the reader's scope: its existence does not leak).
 * With `minRevision` it waits (bounded) until the read model holds at least that revision, then answers what it holds.
 */
export class GetIncident extends Query<IncidentCurrent | null> {
  constructor(
    readonly id: string,
    readonly scope: IncidentReaderScope = {},
    readonly minRevision?: number,
  ) {
    super();
  }
}

@QueryHandler(ListIncidents)
export class ListIncidentsHandler implements IQueryHandler<ListIncidents> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ filter: query, scope }: ListIncidents): Promise<{ total: number; items: IncidentListItem[] }> {
    const { where: filtered, params: filterParams } = listFilter(query);
    const inScope = scopeClauses(scope, filterParams.length);
    const params = [...filterParams, ...inScope.params];
    const where = inScope.clauses.length ? `${filtered ? `${filtered} AND` : 'WHERE'} ${inScope.clauses.join(' AND ')}` : filtered;
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM incident_current ${where}`, params);
    const rows = await this.dataSource.query(
      `SELECT incident_id AS id, revision, status, kind, target, perpetrator, area, institution, unit, off_duty AS "offDuty", severity,
              occurred_at AS "occurredAt", recorded_at AS "recordedAt", updated_at AS "updatedAt",
              police_reported AS "policeReported", duplicate_of AS "duplicateOf"
         FROM incident_current ${where}
        ORDER BY occurred_at DESC, incident_id
        LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.limit, query.offset],
    );
    return { total, items: rows };
  }
}

@QueryHandler(GetIncident)
export class GetIncidentHandler implements IQueryHandler<GetIncident> {
  constructor(
    private readonly dataSource: DataSource,
    // Absent where no API composes the module; reads then answer at once.
    @Optional() private readonly reads?: ProjectionReads,
  ) {}

  execute({ id, scope, minRevision }: GetIncident): Promise<IncidentCurrent | null> {
    const load = () => this.load(id, scope);
    if (minRevision === undefined || !this.reads) return load();
    return this.reads.readAtLeast(INCIDENT_CURRENT_PROJECTION, minRevision, load, (row) => row.revision);
  }

  private async load(id: string, scope: IncidentReaderScope): Promise<IncidentCurrent | null> {
    const inScope = scopeClauses(scope, 1);
    const [row] = await this.dataSource.query(
      `SELECT revision, recorded_at AS "recordedAt", updated_at AS "updatedAt", state FROM incident_current
        WHERE ${['incident_id = $1', ...inScope.clauses].join(' AND ')}`,
      [id, ...inScope.params],
    );
    return row ?? null;
  }
}
