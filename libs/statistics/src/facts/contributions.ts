import { EntityManager } from 'typeorm';

/** Figures are dated in the services' own time zone: an incident at 23:30 on 31 December belongs to that year. */
export const STATISTICS_TIME_ZONE = 'Europe/Copenhagen';

/** Serialises everything that writes facts or contributions, so a definition published mid-stream misses no version. */
export async function lockStatistics(manager: EntityManager): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('vigil-statistics-contributions'))`);
}

/**
 * The one rule of what counts, in SQL: a fact version contributes to a definition when its codes are
 * among the definition's and its marking still counts; an exposed-persons definition weighs it by
 * the targets of the named kinds (at least one: the episode happened to someone).
 */
const CONTRIBUTIONS = `
  SELECT d.id, v.id, v.incident_id, v.valid_from, v.valid_to, (v.occurred_at AT TIME ZONE '${STATISTICS_TIME_ZONE}')::date,
         v.area, v.institution_id, v.kind, v.target,
         date_trunc('month', v.occurred_at AT TIME ZONE '${STATISTICS_TIME_ZONE}')::date, v.series_id,
         CASE WHEN d.per_person THEN greatest(1,
              CASE WHEN d.exposed_staff THEN v.exposed_staff ELSE 0 END + CASE WHEN d.exposed_inmate THEN v.exposed_inmate ELSE 0 END +
              CASE WHEN d.exposed_client THEN v.exposed_client ELSE 0 END + CASE WHEN d.exposed_other THEN v.exposed_other ELSE 0 END)
         ELSE 1 END
    FROM statistics_incident_versions v
    JOIN statistics_definitions d
      ON v.kind = ANY (d.kinds) AND v.target = ANY (d.targets) AND v.perpetrator = ANY (d.perpetrators)
     AND v.location_type = ANY (d.locations) AND v.status = ANY (d.counted_statuses)`;

const COLUMNS =
  '(definition_id, version_id, incident_id, valid_from, valid_to, occurred_on, area, institution_id, kind, target, occurred_month, series_id, weight)';

/**
 * A new fact version: the open contributions of the version it replaces (an incident's open contributions are
 * always its open version's) end when it was recorded, and its new ones begin.
 */
export async function contributeVersion(manager: EntityManager, replacedVersionId: string | null, versionId: string, from: string): Promise<void> {
  if (replacedVersionId !== null)
    await manager.query('UPDATE statistics_contributions SET valid_to = $2 WHERE version_id = $1 AND valid_to IS NULL', [replacedVersionId, from]);
  await manager.query(`INSERT INTO statistics_contributions ${COLUMNS} ${CONTRIBUTIONS} WHERE v.id = $1`, [versionId]);
}

/**
 * Re-projects all history under one definition version, beside the others: its own partition is
 * filled by one set-based pass over every fact version, indexed afterwards, then attached.
 */
export async function reprojectDefinition(manager: EntityManager, definitionId: number): Promise<number> {
  const table = `statistics_contributions_d${definitionId}`;
  await manager.query(`DROP TABLE IF EXISTS ${table}`);
  await manager.query(`CREATE TABLE ${table} (LIKE statistics_contributions)`);
  await manager.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_definition CHECK (definition_id = ${definitionId})`);
  await manager.query(`INSERT INTO ${table} ${COLUMNS} ${CONTRIBUTIONS} WHERE d.id = $1`, [definitionId]);
  // Covering what figures() reads, so a vacuumed partition answers a year from the index alone.
  await manager.query(
    `CREATE INDEX ${table}_period ON ${table} (occurred_on) INCLUDE (definition_id, occurred_month, series_id, valid_from, valid_to, weight)`,
  );
  // Open rows by version (what contributeVersion ends): a bigint sorts in a fraction of the time an incident id takes.
  await manager.query(`CREATE INDEX ${table}_open ON ${table} (version_id) WHERE valid_to IS NULL`);
  await manager.query(`ALTER TABLE statistics_contributions ATTACH PARTITION ${table} FOR VALUES IN (${definitionId})`);
  await manager.query(`ANALYZE ${table}`);
  // An incident has one open version (statistics_incident_current), so one open row here: count(*) is the
  // count of distinct incidents without sorting every incident id (13 s of 58 at 10M versions, on disk).
  const [{ n }]: { n: number }[] = await manager.query(`SELECT count(*)::int AS n FROM ${table} WHERE valid_to IS NULL`);
  return n;
}
