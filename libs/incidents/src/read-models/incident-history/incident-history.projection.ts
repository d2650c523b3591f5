import { RecordedEvent } from '@vigil/event-store';
import { Projection } from '@vigil/projections';
import { EntityManager } from 'typeorm';
import { describeChange } from '../../domain/incident.history';
import { IncidentEvent, isIncidentEvent } from '../../domain/incident.events';
import { INCIDENT_CATEGORY, incidentIdOf } from '../../incident-stream';

/** One row per event: what changed, who did it, when, and why. */
export class IncidentHistoryProjection implements Projection {
  readonly name = 'incidents.history';
  readonly tables = ['incident_history'];
  readonly category = INCIDENT_CATEGORY;

  handle(event: RecordedEvent, manager: EntityManager): Promise<void> {
    return this.handleBatch([event], manager);
  }

  /** A page's rows in one multi-row insert; a row already there (a replay) is left as it is. */
  async handleBatch(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    const rows = events
      .filter((event) => isIncidentEvent(event.type))
      .map((event) => {
        const change = describeChange({ type: event.type, data: event.data } as IncidentEvent);
        return {
          incident_id: incidentIdOf(event.streamId),
          revision: event.revision,
          event_id: event.id,
          event_type: event.type,
          action: change.action,
          recorded_at: event.metadata.recordedAt,
          actor: event.metadata.actor,
          reason: change.reason,
          changes: change.changes,
        };
      });
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO incident_history (incident_id, revision, event_id, event_type, action, recorded_at, actor, reason, changes)
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(incident_id uuid, revision integer, event_id uuid, event_type text, action text,
         recorded_at timestamptz, actor text, reason text, changes jsonb)
       ON CONFLICT (incident_id, revision) DO NOTHING`,
      [JSON.stringify(rows)],
    );
  }
}
