import { EntityManager } from 'typeorm';
import { contributeVersion } from './contributions';
import { FactCause, IncidentFact } from './incident-fact';

export interface CurrentVersion {
  readonly id: string;
  readonly seq: number;
  readonly validFrom: Date;
  readonly lastRevision: number;
  readonly fact: IncidentFact;
}

export interface NewVersion {
  readonly incidentId: string;
  readonly source: 'register' | 'import';
  readonly fact: IncidentFact;
  readonly cause: FactCause;
  readonly changed: readonly string[];
  /** When the change was recorded: the version is known from then. */
  readonly recordedAt: string;
  readonly eventId: string;
  readonly revision: number;
}

/** The incident's version in force now, locked for this transaction; null when statistics have not seen it. */
export async function currentVersion(manager: EntityManager, incidentId: string): Promise<CurrentVersion | null> {
  const rows: Record<string, unknown>[] = await manager.query(
    `SELECT id, seq, valid_from, last_revision, kind, target, perpetrator, location_type, area, institution_id, occurred_at, status,
            exposed_staff, exposed_inmate, exposed_client, exposed_other
       FROM statistics_incident_versions WHERE incident_id = $1 AND valid_to IS NULL FOR UPDATE`,
    [incidentId],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    id: String(row.id),
    seq: Number(row.seq),
    validFrom: row.valid_from as Date,
    lastRevision: Number(row.last_revision),
    fact: {
      kind: row.kind as string,
      target: row.target as string,
      perpetrator: row.perpetrator as string,
      locationType: row.location_type as string,
      area: row.area as string,
      institutionId: row.institution_id as string | null,
      occurredAt: (row.occurred_at as Date).toISOString(),
      status: row.status as string,
      exposed: { staff: Number(row.exposed_staff), inmate: Number(row.exposed_inmate), client: Number(row.exposed_client), other: Number(row.exposed_other) },
    },
  };
}

/** Ends the current version (if any) when the change was recorded, stores the new one, and re-weighs its contributions. */
export async function storeVersion(manager: EntityManager, next: NewVersion, current: CurrentVersion | null): Promise<void> {
  // A change recorded "before" the version it replaces (clock skew, an import) still comes after it.
  const from = current && new Date(next.recordedAt) < current.validFrom ? current.validFrom.toISOString() : next.recordedAt;
  if (current) await manager.query('UPDATE statistics_incident_versions SET valid_to = $2 WHERE id = $1', [current.id, from]);
  const f = next.fact;
  const series = await seriesOf(manager, f);
  const [{ id }]: { id: string }[] = await manager.query(
    `INSERT INTO statistics_incident_versions (incident_id, seq, valid_from, source, kind, target, perpetrator, location_type, area, institution_id,
       occurred_at, status, exposed_staff, exposed_inmate, exposed_client, exposed_other, cause, changed, event_id, stream_revision, last_revision, series_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $20, $21) RETURNING id`,
    [
      next.incidentId,
      current ? current.seq + 1 : 0,
      from,
      next.source,
      f.kind,
      f.target,
      f.perpetrator,
      f.locationType,
      f.area,
      f.institutionId,
      f.occurredAt,
      f.status,
      f.exposed.staff,
      f.exposed.inmate,
      f.exposed.client,
      f.exposed.other,
      next.cause,
      next.changed,
      next.eventId,
      next.revision,
      series,
    ],
  );
  await contributeVersion(manager, current?.id ?? null, String(id), from);
}

/** A contract that changed nothing statistics count by still moves the incident's revision on. */
export async function advanceRevision(manager: EntityManager, versionId: string, revision: number): Promise<void> {
  await manager.query('UPDATE statistics_incident_versions SET last_revision = $2 WHERE id = $1', [versionId, revision]);
}

/**
 * The number of the fact's series (its area, institution, kind and target together), numbered the first
 * time one is seen; figures group by it. Callers hold the statistics lock, and numbers are never reused.
 */
async function seriesOf(manager: EntityManager, fact: IncidentFact): Promise<number> {
  const codes = [fact.area, fact.institutionId, fact.kind, fact.target];
  const find = () =>
    manager.query(
      'SELECT id FROM statistics_series WHERE area = $1 AND institution_id IS NOT DISTINCT FROM $2::text AND kind = $3 AND target = $4',
      codes,
    ) as Promise<{ id: number }[]>;
  const [found] = await find();
  if (found) return Number(found.id);
  await manager.query('INSERT INTO statistics_series (area, institution_id, kind, target) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', codes);
  const [stored] = await find();
  return Number(stored.id);
}
