import { RecordedEvent } from '@vigil/event-store';
import { Projection } from '@vigil/projections';
import { EntityManager } from 'typeorm';
import { IncidentEvent, isIncidentEvent } from '../../domain/incident.events';
import { evolve, initial, IncidentState, ReportedIncident } from '../../domain/incident.state';
import { INCIDENT_CATEGORY, incidentIdOf } from '../../incident-stream';

interface StoredIncident {
  readonly revision: number;
  readonly state: ReportedIncident;
  readonly recordedAt: string | Date;
}

/** The columns written per incident, typed as jsonb_to_recordset reads them. */
const COLUMNS = `incident_id uuid, revision integer, status text, kind text, target text, perpetrator text, area text, institution text,
  unit text, off_duty boolean, severity text, occurred_at timestamptz, recorded_at timestamptz, updated_at timestamptz,
  police_reported boolean, duplicate_of uuid, state jsonb`;

/** The projection's name: its checkpoint's key, and what a read waiting for its own write waits on. */
export const INCIDENT_CURRENT_PROJECTION = 'incidents.current';

/** The incident as it stands, folded with the domain's own evolve, plus columns to filter on. */
export class IncidentCurrentProjection implements Projection {
  readonly name = INCIDENT_CURRENT_PROJECTION;
  readonly tables = ['incident_current'];
  readonly category = INCIDENT_CATEGORY;

  handle(event: RecordedEvent, manager: EntityManager): Promise<void> {
    return this.handleBatch([event], manager);
  }

  /** A page: the incidents it touches read in one query, folded in memory, written in one multi-row upsert. */
  async handleBatch(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    const mine = events.filter((event) => isIncidentEvent(event.type));
    if (mine.length === 0) return;
    const ids = [...new Set(mine.map((event) => incidentIdOf(event.streamId)))];
    const stored: { incident_id: string; revision: number; state: ReportedIncident; recorded_at: Date }[] = await manager.query(
      'SELECT incident_id, revision, state, recorded_at FROM incident_current WHERE incident_id = ANY($1::uuid[])',
      [ids],
    );
    const current = new Map<string, StoredIncident>(stored.map((r) => [r.incident_id, { revision: r.revision, state: r.state, recordedAt: r.recorded_at }]));
    const changed = new Map<string, Record<string, unknown>>();
    for (const event of mine) {
      const id = incidentIdOf(event.streamId);
      const row = current.get(id);
      if (row && row.revision >= event.revision) continue; // already applied (idempotent on replays)
      const state: IncidentState = evolve(row?.state ?? initial, { type: event.type, data: event.data } as IncidentEvent);
      if (state.status === 'none') continue;
      const next = { revision: event.revision, state, recordedAt: row?.recordedAt ?? event.metadata.recordedAt };
      current.set(id, next);
      changed.set(id, columns(id, next, event.metadata.recordedAt));
    }
    if (changed.size === 0) return;
    await manager.query(
      `INSERT INTO incident_current (incident_id, revision, status, kind, target, perpetrator, area, institution, unit, off_duty,
         severity, occurred_at, recorded_at, updated_at, police_reported, duplicate_of, state)
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(${COLUMNS})
       ON CONFLICT (incident_id) DO UPDATE SET revision = excluded.revision, status = excluded.status, kind = excluded.kind,
         target = excluded.target, perpetrator = excluded.perpetrator, area = excluded.area, institution = excluded.institution,
         unit = excluded.unit, off_duty = excluded.off_duty, severity = excluded.severity, occurred_at = excluded.occurred_at,
         updated_at = excluded.updated_at, police_reported = excluded.police_reported, duplicate_of = excluded.duplicate_of,
         state = excluded.state`,
      [JSON.stringify([...changed.values()])],
    );
  }
}

/** One incident's row: the filter columns from its state; recorded_at stays the first recording's. */
function columns(id: string, { revision, state, recordedAt }: StoredIncident, updatedAt: string): Record<string, unknown> {
  const location = state.location;
  return {
    incident_id: id,
    revision,
    status: state.status,
    kind: state.kind,
    target: state.target,
    perpetrator: state.perpetrator,
    area: location.area,
    institution: location.type === 'institution' ? location.institution : null,
    unit: location.type === 'institution' ? (location.unit ?? null) : null,
    off_duty: location.type === 'off-duty',
    severity: state.severity,
    occurred_at: state.occurredAt,
    recorded_at: recordedAt,
    updated_at: updatedAt,
    police_reported: state.policeReports.length > 0,
    duplicate_of: state.status === 'duplicate' ? state.duplicateOf : null,
    state,
  };
}
