import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Figures group by small integers, not text: each combination of area, institution, kind and target an
 * incident version has (a series) is numbered once in statistics_series, the number kept on the version
 * and on its contributions beside the month it occurred in. A year's figures then group ~240k rows by
 * (month, series) at 1M incidents and name the few thousand groups after. Existing rows are numbered here;
 * every existing partition gets the indexes reprojectDefinition now builds: by period covering what figures
 * read, and its open rows by version (a new version ends its predecessor's, found by id, not by incident).
 */
export class StatisticsSeries1763860000180 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE statistics_series (
        id serial PRIMARY KEY,
        area text NOT NULL,
        institution_id text,
        kind text NOT NULL,
        target text NOT NULL
      )`);
    // One number per combination, off duty (no institution) included (NULLS NOT DISTINCT needs PostgreSQL 15).
    await runner.query('CREATE UNIQUE INDEX statistics_series_codes ON statistics_series (area, institution_id, kind, target)');
    await runner.query('CREATE UNIQUE INDEX statistics_series_off_duty ON statistics_series (area, kind, target) WHERE institution_id IS NULL');
    await runner.query(`
      INSERT INTO statistics_series (area, institution_id, kind, target)
      SELECT DISTINCT area, institution_id, kind, target FROM statistics_incident_versions ORDER BY 1, 2, 3, 4`);
    await runner.query('ANALYZE statistics_series');
    await runner.query('ALTER TABLE statistics_incident_versions ADD COLUMN series_id integer');
    await runner.query(`
      UPDATE statistics_incident_versions v SET series_id = s.id FROM statistics_series s
       WHERE s.area = v.area AND s.kind = v.kind AND s.target = v.target
         AND coalesce(s.institution_id, '') = coalesce(v.institution_id, '') AND s.institution_id IS NOT DISTINCT FROM v.institution_id`);
    await runner.query('ALTER TABLE statistics_incident_versions ALTER COLUMN series_id SET NOT NULL');
    await runner.query('ALTER TABLE statistics_contributions ADD COLUMN occurred_month date, ADD COLUMN series_id integer');
    await runner.query(`
      UPDATE statistics_contributions c SET occurred_month = date_trunc('month', c.occurred_on::timestamp)::date, series_id = v.series_id
        FROM statistics_incident_versions v WHERE v.id = c.version_id`);
    await runner.query('ALTER TABLE statistics_contributions ALTER COLUMN occurred_month SET NOT NULL, ALTER COLUMN series_id SET NOT NULL');
    const partitions: { name: string }[] = await runner.query(
      `SELECT inhrelid::regclass::text AS name FROM pg_inherits WHERE inhparent = 'statistics_contributions'::regclass ORDER BY 1`,
    );
    for (const { name } of partitions) {
      await runner.query(`DROP INDEX IF EXISTS ${name}_period`);
      await runner.query(
        `CREATE INDEX ${name}_period ON ${name} (occurred_on) INCLUDE (definition_id, occurred_month, series_id, valid_from, valid_to, weight)`,
      );
      await runner.query(`DROP INDEX IF EXISTS ${name}_open`);
      await runner.query(`CREATE INDEX ${name}_open ON ${name} (version_id) WHERE valid_to IS NULL`);
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    const partitions: { name: string }[] = await runner.query(
      `SELECT inhrelid::regclass::text AS name FROM pg_inherits WHERE inhparent = 'statistics_contributions'::regclass ORDER BY 1`,
    );
    for (const { name } of partitions) {
      await runner.query(`DROP INDEX IF EXISTS ${name}_period`);
      await runner.query(`CREATE INDEX ${name}_period ON ${name} (occurred_on)`);
      await runner.query(`DROP INDEX IF EXISTS ${name}_open`);
      await runner.query(`CREATE INDEX ${name}_open ON ${name} (incident_id) WHERE valid_to IS NULL`);
    }
    await runner.query('ALTER TABLE statistics_contributions DROP COLUMN occurred_month, DROP COLUMN series_id');
    await runner.query('ALTER TABLE statistics_incident_versions DROP COLUMN series_id');
    await runner.query('DROP TABLE statistics_series');
  }
}
