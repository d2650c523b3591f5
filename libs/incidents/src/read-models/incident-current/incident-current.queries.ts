import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { IncidentState } from '../../domain/incident.state';
import { listFilter, ListIncidentsQuery } from './list-incidents.query';

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

/** Reads of the `incidents.current` read model. */
@Injectable()
export class IncidentCurrentQueries {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: ListIncidentsQuery): Promise<{ total: number; items: IncidentListItem[] }> {
    const { where, params } = listFilter(query);
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

  async get(id: string): Promise<{ revision: number; recordedAt: string; updatedAt: string; state: IncidentState } | null> {
    const [row] = await this.dataSource.query(
      'SELECT revision, recorded_at AS "recordedAt", updated_at AS "updatedAt", state FROM incident_current WHERE incident_id = $1',
      [id],
    );
    return row ?? null;
  }
}
