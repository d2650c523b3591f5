import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface IncidentHistoryEntry {
  revision: number;
  eventId: string;
  eventType: string;
  action: string;
  recordedAt: string;
  actor: string;
  reason: string | null;
  changes: { field: string; from: unknown; to: unknown }[];
}

@Injectable()
export class IncidentHistoryQueries {
  constructor(private readonly dataSource: DataSource) {}

  history(id: string): Promise<IncidentHistoryEntry[]> {
    return this.dataSource.query(
      `SELECT revision, event_id AS "eventId", event_type AS "eventType", action, recorded_at AS "recordedAt", actor, reason, changes
         FROM incident_history WHERE incident_id = $1 ORDER BY revision`,
      [id],
    );
  }
}
