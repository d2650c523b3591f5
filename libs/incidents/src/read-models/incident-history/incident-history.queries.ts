import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
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

/** Every change to one incident, in order. */
export class GetIncidentHistory extends Query<IncidentHistoryEntry[]> {
  constructor(readonly id: string) {
    super();
  }
}

@QueryHandler(GetIncidentHistory)
export class GetIncidentHistoryHandler implements IQueryHandler<GetIncidentHistory> {
  constructor(private readonly dataSource: DataSource) {}

  execute({ id }: GetIncidentHistory): Promise<IncidentHistoryEntry[]> {
    return this.dataSource.query(
      `SELECT revision, event_id AS "eventId", event_type AS "eventType", action, recorded_at AS "recordedAt", actor, reason, changes
         FROM incident_history WHERE incident_id = $1 ORDER BY revision`,
      [id],
    );
  }
}
