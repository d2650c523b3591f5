import { RecordedEvent } from '@vigil/event-store';
import { Projection } from '@vigil/projections';
import { EntityManager } from 'typeorm';
import { IncidentEvent, isIncidentEvent } from '../../domain/incident.events';
import { evolve, initial, IncidentState } from '../../domain/incident.state';
import { INCIDENT_CATEGORY, incidentIdOf } from '../../incident-stream';

/** The incident as it stands, folded with the domain's own evolve, plus columns to filter on. */
export class IncidentCurrentProjection implements Projection {
  readonly name = 'incidents.current';
  readonly tables = ['incident_current'];
  readonly category = INCIDENT_CATEGORY;

  async handle(event: RecordedEvent, manager: EntityManager): Promise<void> {
    if (!isIncidentEvent(event.type)) return;
    const id = incidentIdOf(event.streamId);
    const [row] = await manager.query('SELECT revision, state, recorded_at FROM incident_current WHERE incident_id = $1', [id]);
    if (row && row.revision >= event.revision) return; // already applied (idempotent on replays)
    const state = evolve((row?.state as IncidentState) ?? initial, { type: event.type, data: event.data } as IncidentEvent);
    if (state.status === 'none') return;
    const location = state.location;
    await manager.query(
      `INSERT INTO incident_current (incident_id, revision, status, kind, target, perpetrator, area, institution, unit, off_duty,
         severity, occurred_at, recorded_at, updated_at, police_reported, duplicate_of, state)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
       ON CONFLICT (incident_id) DO UPDATE SET revision = $2, status = $3, kind = $4, target = $5, perpetrator = $6, area = $7,
         institution = $8, unit = $9, off_duty = $10, severity = $11, occurred_at = $12, updated_at = $14,
         police_reported = $15, duplicate_of = $16, state = $17`,
      [
        id,
        event.revision,
        state.status,
        state.kind,
        state.target,
        state.perpetrator,
        location.area,
        location.type === 'institution' ? location.institution : null,
        location.type === 'institution' ? (location.unit ?? null) : null,
        location.type === 'off-duty',
        state.severity,
        state.occurredAt,
        row?.recorded_at ?? event.metadata.recordedAt,
        event.metadata.recordedAt,
        state.policeReports.length > 0,
        state.status === 'duplicate' ? state.duplicateOf : null,
        JSON.stringify(state),
      ],
    );
  }
}
