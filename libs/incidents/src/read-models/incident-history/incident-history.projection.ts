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

  async handle(event: RecordedEvent, manager: EntityManager): Promise<void> {
    if (!isIncidentEvent(event.type)) return;
    const change = describeChange({ type: event.type, data: event.data } as IncidentEvent);
    await manager.query(
      `INSERT INTO incident_history (incident_id, revision, event_id, event_type, action, recorded_at, actor, reason, changes)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (incident_id, revision) DO NOTHING`,
      [
        incidentIdOf(event.streamId),
        event.revision,
        event.id,
        event.type,
        change.action,
        event.metadata.recordedAt,
        event.metadata.actor,
        change.reason,
        JSON.stringify(change.changes),
      ],
    );
  }
}
