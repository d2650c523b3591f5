import { AREA_CODES, INCIDENT_KIND_CODES, LOCATION_TYPE_CODES, PERPETRATOR_CODES, TARGET_GROUP_CODES } from '@vigil/integration-contracts';
import { IndicatorRules, StatisticsReadModels1763860000090, StatisticsSeries1763860000180, validRules } from '@vigil/statistics';
import { Client } from 'pg';
import { QueryRunner } from 'typeorm';
import { DefinitionRow } from '../../libs/statistics/src/figures/definitions.query';
import { fmtCount } from './report-table';

/** The synthetic history: incidents that occurred over these years (Copenhagen time). */
export const FIRST_YEAR = 2020;
export const YEARS = 5;
export const INSTITUTIONS = 15;
/** What the fill's mix of reclassifications and duplicate markings comes to. */
export const VERSIONS_PER_INCIDENT = 1.31;
/** Incidents per INSERT … SELECT of the fill (one progress line each). */
const FILL_BATCH = 250_000;

/** The broadest definition (every code, each exposed staff member or inmate counted): every counted version contributes. */
export const BENCH_RULES: IndicatorRules = validRules({
  title: 'Bench: every episode, each exposed staff member or inmate counted',
  kinds: [...INCIDENT_KIND_CODES],
  targets: [...TARGET_GROUP_CODES],
  perpetrators: [...PERPETRATOR_CODES],
  locations: [...LOCATION_TYPE_CODES],
  counting: 'exposed-persons',
  exposedPersons: ['inmate', 'staff'],
  excludes: ['duplicate', 'not-reportable'],
  referenceDate: 'occurred',
  firstRelease: { month: 1, day: 9 },
  cutOff: { month: 4, day: 1 },
});

const list = (codes: readonly string[]) => `ARRAY[${codes.map((c) => `'${c}'`).join(', ')}]`;
/**
 * The series number (statistics_series) of a version, from the positions of its codes in the lists the fill
 * draws from (institution 0: off duty): every combination is numbered up front, so the fill needs no lookup.
 */
const SERIES_ID = (kind: string, target: string, area: string, institution: string) =>
  `1 + ${kind} + ${INCIDENT_KIND_CODES.length} * (${target} + ${TARGET_GROUP_CODES.length} * (${area} + ${AREA_CODES.length} * ${institution}))`;
const SERIES_SQL = `
  INSERT INTO statistics_series (id, area, institution_id, kind, target)
  SELECT ${SERIES_ID('k - 1', 't - 1', 'a - 1', 'i')}, (${list(AREA_CODES)})[a],
         CASE WHEN i = 0 THEN NULL ELSE 'institution-' || lpad(i::text, 2, '0') END, (${list(INCIDENT_KIND_CODES)})[k], (${list(TARGET_GROUP_CODES)})[t]
    FROM generate_series(1, ${INCIDENT_KIND_CODES.length}) k, generate_series(1, ${TARGET_GROUP_CODES.length}) t,
         generate_series(1, ${AREA_CODES.length}) a, generate_series(0, ${INSTITUTIONS}) i`;
const DAYS = Math.round((Date.UTC(FIRST_YEAR + YEARS, 0, 1) - Date.UTC(FIRST_YEAR, 0, 1)) / 86_400_000);

/**
 * Fact versions of incidents $1..$2 (at most $3 rows), as the statistics projection would have stored
 * them: every incident reported (4 % registered 100–500 days late, 1 % exercises, 1 % not reportable),
 * 22 % reclassified to another kind 1–60 days later, 9 % marked duplicate after that (4 % both), so
 * ≈ 1.31 versions per incident. Incident i occurred (i - 1) / $4 of the way through the years (plus up to
 * a day), so incidents come in the order they happened; each batch's versions are stored in the order
 * they were recorded, as a live table grows. Pseudo-random but deterministic: hashint8 of i.
 */
const versionRows = (columns: string) => `
  SELECT ${columns}
    FROM (
      SELECT h.i, md5(h.i::text)::uuid::text AS incident_id,
             (${list(INCIDENT_KIND_CODES)})[1 + h.h1 % 7] AS kind0,
             (${list(INCIDENT_KIND_CODES)})[1 + (h.h1 % 7 + 1 + h.h6 % 6) % 7] AS kind1,
             h.h1 % 7 AS kind0_i, (h.h1 % 7 + 1 + h.h6 % 6) % 7 AS kind1_i, (h.h1 / 7) % 7 AS target_i,
             CASE WHEN h.h2 % 10 = 0 THEN (h.h2 / 10) % 4 ELSE ((h.h2 / 10) % ${INSTITUTIONS}) % 4 END AS area_i,
             CASE WHEN h.h2 % 10 = 0 THEN 0 ELSE 1 + (h.h2 / 10) % ${INSTITUTIONS} END AS institution_i,
             (${list(TARGET_GROUP_CODES)})[1 + (h.h1 / 7) % 7] AS target,
             (${list(PERPETRATOR_CODES)})[1 + (h.h1 / 49) % 5] AS perpetrator,
             CASE WHEN h.h2 % 10 = 0 THEN 'off-duty' ELSE 'institution' END AS location_type,
             CASE WHEN h.h2 % 10 = 0 THEN (${list(AREA_CODES)})[1 + (h.h2 / 10) % 4]
                  ELSE (${list(AREA_CODES)})[1 + ((h.h2 / 10) % ${INSTITUTIONS}) % 4] END AS area,
             CASE WHEN h.h2 % 10 = 0 THEN NULL ELSE 'institution-' || lpad((1 + (h.h2 / 10) % ${INSTITUTIONS})::text, 2, '0') END AS institution_id,
             h.occurred_at,
             CASE h.h3 % 100 WHEN 0 THEN 'exercise' WHEN 1 THEN 'not-reportable' ELSE 'counted' END AS status0,
             CASE WHEN (h.h1 / 7) % 7 IN (1, 2) THEN 1 + h.h4 % 3 ELSE 0 END AS exposed_staff,
             CASE WHEN (h.h1 / 7) % 7 = 0 THEN 1 + h.h4 % 2 ELSE 0 END AS exposed_inmate,
             h.t0, h.t0 + (1 + (h.h5 / 100) % 60) * interval '1 day' AS t1,
             h.t0 + (1 + (h.h5 / 100) % 60) * interval '1 day' + (1 + (h.h5 / 6000) % 30) * interval '1 day' AS t2,
             h.h5 % 100 < 22 AS reclassified, h.h5 % 100 BETWEEN 18 AND 26 AS duplicate
        FROM (
          SELECT r.*, r.occurred_at + CASE WHEN (r.h3 / 100) % 25 = 0 THEN (100 + r.h4 % 400) * interval '1 day'
                                           ELSE (r.h4 % 4320) * interval '1 minute' END AS t0
            FROM (
              SELECT i, abs(hashint8(i * 8 + 1)::bigint) AS h1, abs(hashint8(i * 8 + 2)::bigint) AS h2, abs(hashint8(i * 8 + 3)::bigint) AS h3,
                     abs(hashint8(i * 8 + 4)::bigint) AS h4, abs(hashint8(i * 8 + 5)::bigint) AS h5, abs(hashint8(i * 8 + 6)::bigint) AS h6,
                     timestamptz '${FIRST_YEAR}-01-01 00:00:00+01'
                       + ((i - 1) % $4 * ${(DAYS - 1) * 1440} / $4 + abs(hashint8(i * 8 + 7)::bigint) % 1440) * interval '1 minute' AS occurred_at
                FROM generate_series($1::bigint, $2::bigint) AS i
            ) r
        ) h
      OFFSET 0 -- computed once per incident, not once per candidate version
    ) b
   CROSS JOIN LATERAL (VALUES
      (0, 'reported', '{}'::text[], b.kind0, b.kind0_i, b.status0, b.t0, CASE WHEN b.reclassified OR b.duplicate THEN b.t1 END),
      (1, CASE WHEN b.reclassified THEN 'reclassified' ELSE 'marked-duplicate' END, CASE WHEN b.reclassified THEN '{kind}' ELSE '{status}' END::text[],
          CASE WHEN b.reclassified THEN b.kind1 ELSE b.kind0 END, CASE WHEN b.reclassified THEN b.kind1_i ELSE b.kind0_i END,
          CASE WHEN b.reclassified THEN b.status0 ELSE 'duplicate' END, b.t1, CASE WHEN b.reclassified AND b.duplicate THEN b.t2 END),
      (2, 'marked-duplicate', '{status}'::text[], b.kind1, b.kind1_i, 'duplicate', b.t2, NULL::timestamptz)
   ) AS v(seq, cause, changed, kind, kind_i, status, valid_from, valid_to)
   WHERE v.seq < 1 + b.reclassified::int + b.duplicate::int
   ORDER BY v.valid_from, b.i, v.seq
   LIMIT $3`;
export const FILL_SQL = `
  INSERT INTO statistics_incident_versions (incident_id, seq, valid_from, valid_to, source, kind, target, perpetrator, location_type, area,
    institution_id, occurred_at, status, exposed_staff, exposed_inmate, exposed_client, exposed_other, cause, changed, event_id, stream_revision, last_revision,
    series_id)
  ${versionRows(`b.incident_id, v.seq, v.valid_from, v.valid_to, 'register', v.kind, b.target, b.perpetrator, b.location_type, b.area,
         b.institution_id, b.occurred_at, v.status, b.exposed_staff, b.exposed_inmate, 0, 0, v.cause, v.changed,
         md5(b.i::text || ':' || v.seq)::uuid::text, v.seq, v.seq, ${SERIES_ID('v.kind_i', 'b.target_i', 'b.area_i', 'b.institution_i')}`)}`;
/** The last incident a fill cut at $3 rows reached (its later versions are left out). */
const LAST_INCIDENT_SQL = `SELECT max(i)::int AS last FROM (${versionRows('b.i')}) AS cut`;

/** A fresh bench database gets the statistics context's real migrations, and every series the fill can draw numbered. */
export async function migrateStatistics(client: Client): Promise<void> {
  const runner = { query: async (sql: string) => (await client.query(sql)).rows } as unknown as QueryRunner;
  await new StatisticsReadModels1763860000090().up(runner);
  await new StatisticsSeries1763860000180().up(runner);
  await client.query(SERIES_SQL);
  await client.query(`SELECT setval('statistics_series_id_seq', (SELECT max(id) FROM statistics_series))`);
}

/** Where the fill stands: versions stored, the next incident number, and how many incidents the years are spread over. */
export interface FillState {
  readonly versions: number;
  readonly nextIncident: number;
  readonly spread: number;
}

const LAST_ID_SQL = `SELECT CASE WHEN is_called THEN last_value ELSE 0 END::bigint AS id FROM statistics_incident_versions_id_seq`;
/** After a cut: versions whose successor was left out are the incident's current ones. */
const REOPEN_SQL = `UPDATE statistics_incident_versions v SET valid_to = NULL
  WHERE v.id > $1 AND v.valid_to IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM statistics_incident_versions w WHERE w.id > $1 AND w.incident_id = v.incident_id AND w.seq = v.seq + 1)`;

/**
 * Appends fact versions with set-based SQL until `until` says stop: the table's indexes are dropped
 * for the fill and rebuilt after from their own definitions (setup only), then VACUUM ANALYZE, as a
 * live table would be. A fill cut at an exact version count leaves out what was recorded after the cut.
 */
export async function fillVersions(
  client: Client,
  state: FillState,
  until: { incidents?: number; versions?: number },
  report: (line: string) => void,
): Promise<FillState> {
  const indexes = await dropIndexes(client);
  await client.query(`SET work_mem = '64MB'`);
  let { versions, nextIncident } = state;
  const maxVersions = until.versions ?? Number.MAX_SAFE_INTEGER;
  const lastIncident = until.incidents ?? Number.MAX_SAFE_INTEGER;
  const target = until.versions !== undefined ? `${fmtCount(until.versions)} versions` : `${fmtCount(lastIncident)} incidents`;
  while (versions < maxVersions && nextIncident <= lastIncident) {
    // Near the wanted count, a batch of about the incidents still needed (a little over: the cut takes the rest).
    const needed = Math.ceil(((maxVersions - versions) / VERSIONS_PER_INCIDENT) * 1.02) + 10;
    const last = Math.min(lastIncident, nextIncident + Math.min(FILL_BATCH, needed) - 1);
    report(`${fmtCount(versions)} versions of ${fmtCount(nextIncident - 1)} incidents so far, filling to ${target}`);
    const params = [nextIncident, last, maxVersions - versions, state.spread];
    const [{ id: before }] = (await client.query<{ id: string }>(LAST_ID_SQL)).rows;
    const { rowCount } = await client.query(FILL_SQL, params);
    versions += rowCount ?? 0;
    nextIncident = last + 1;
    if (versions >= maxVersions) {
      nextIncident = (await client.query<{ last: number }>(LAST_INCIDENT_SQL, params)).rows[0].last + 1;
      await client.query('ANALYZE statistics_incident_versions'); // else the anti-join expects one new row and loops
      await client.query(REOPEN_SQL, [before]);
    }
  }
  await client.query('RESET work_mem');
  report(`${fmtCount(versions)} versions stored: rebuilding the table's indexes, then VACUUM ANALYZE`);
  for (const sql of indexes) await client.query(sql);
  await client.query('VACUUM ANALYZE statistics_incident_versions');
  return { versions, nextIncident, spread: state.spread };
}

/** Drops the versions table's constraints and indexes, returning the statements that rebuild them as they were. */
async function dropIndexes(client: Client): Promise<string[]> {
  const { rows: constraints } = await client.query<{ name: string; def: string }>(
    `SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE conrelid = 'statistics_incident_versions'::regclass AND contype IN ('p', 'u') ORDER BY conname`,
  );
  const { rows: indexes } = await client.query<{ name: string; def: string }>(
    `SELECT indexrelid::regclass::text AS name, pg_get_indexdef(indexrelid) AS def FROM pg_index
      WHERE indrelid = 'statistics_incident_versions'::regclass
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = indexrelid) ORDER BY 1`,
  );
  for (const c of constraints) await client.query(`ALTER TABLE statistics_incident_versions DROP CONSTRAINT ${c.name}`);
  for (const i of indexes) await client.query(`DROP INDEX ${i.name}`);
  return [...constraints.map((c) => `ALTER TABLE statistics_incident_versions ADD CONSTRAINT ${c.name} ${c.def}`), ...indexes.map((i) => i.def)];
}

/** Stores a definition row as publishDefinition does (every column it fills); `reprojectDefinition` then fills its partition. */
export async function insertDefinition(client: Client, id: number, version: number): Promise<DefinitionRow> {
  const rules = BENCH_RULES;
  const counted = ['counted', ...['duplicate', 'not-reportable'].filter((status) => !rules.excludes.includes(status as never))];
  const persons = new Set(rules.counting === 'exposed-persons' ? rules.exposedPersons : []);
  const publishedAt = new Date();
  const eventId = `bench-definition-${id}`;
  const reason = 'Bench: re-projecting all history under a new definition version.';
  await client.query(
    `INSERT INTO statistics_definitions (id, indicator, version, rules, reason, published_by, published_at, event_id, kinds, targets, perpetrators,
       locations, per_person, exposed_staff, exposed_inmate, exposed_client, exposed_other, counted_statuses)
     VALUES ($1, 'bench-everything', $2, $3, $4, 'bench', $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
    [
      id,
      version,
      JSON.stringify(rules),
      reason,
      publishedAt,
      eventId,
      rules.kinds,
      rules.targets,
      rules.perpetrators,
      rules.locations,
      rules.counting === 'exposed-persons',
      persons.has('staff'),
      persons.has('inmate'),
      persons.has('client'),
      persons.has('other'),
      counted,
    ],
  );
  return {
    id,
    indicator: 'bench-everything',
    version,
    title: rules.title,
    rules,
    reason,
    publishedAt: publishedAt.toISOString(),
    publishedBy: 'bench',
    eventId,
    incidentsCounted: null,
    reprojectedMs: null,
  };
}

/** Incidents the bench definition must count now: those whose open version is counted (every code is in it). */
export async function expectedCounted(client: Client): Promise<number> {
  const { rows } = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM statistics_incident_versions WHERE valid_to IS NULL AND status = 'counted'`,
  );
  return rows[0].n;
}

/** Removes a definition and its partition, so the next measurement starts from the same state and disk use stays bounded. */
export async function dropDefinition(client: Client, id: number): Promise<void> {
  await client.query(`DROP TABLE IF EXISTS statistics_contributions_d${id}`);
  await client.query('DELETE FROM statistics_definitions WHERE id = $1', [id]);
}
