import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The statistics context's read models. Each incident's counting facts are kept as versions, each
 * valid from when it was recorded until the next (so any date's knowledge can be asked for); each
 * definition version's contributions live in their own partition, filled when it is published.
 */
export class StatisticsReadModels1763860000090 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE IF EXISTS statistics_feed_anomalies');
    await runner.query('DROP TABLE IF EXISTS statistics_feed_incidents');
    await runner.query(`
      CREATE TABLE statistics_incident_versions (
        id bigserial PRIMARY KEY,
        incident_id text NOT NULL,
        seq integer NOT NULL,
        valid_from timestamptz NOT NULL,
        valid_to timestamptz,
        source text NOT NULL,
        kind text NOT NULL,
        target text NOT NULL,
        perpetrator text NOT NULL,
        location_type text NOT NULL,
        area text NOT NULL,
        institution_id text,
        occurred_at timestamptz NOT NULL,
        status text NOT NULL,
        exposed_staff smallint NOT NULL,
        exposed_inmate smallint NOT NULL,
        exposed_client smallint NOT NULL,
        exposed_other smallint NOT NULL,
        cause text NOT NULL,
        changed text[] NOT NULL,
        event_id text NOT NULL,
        stream_revision integer NOT NULL,
        last_revision integer NOT NULL,
        UNIQUE (incident_id, seq)
      )`);
    await runner.query('CREATE UNIQUE INDEX statistics_incident_current ON statistics_incident_versions (incident_id) WHERE valid_to IS NULL');
    await runner.query(`
      CREATE TABLE statistics_anomalies (
        id bigserial PRIMARY KEY,
        message_id text NOT NULL,
        contract text NOT NULL,
        stream_id text NOT NULL,
        stream_revision integer NOT NULL,
        reason text NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE statistics_definitions (
        id integer PRIMARY KEY,
        indicator text NOT NULL,
        version integer NOT NULL,
        rules jsonb NOT NULL,
        reason text NOT NULL,
        published_by text NOT NULL,
        published_at timestamptz NOT NULL,
        event_id text NOT NULL,
        kinds text[] NOT NULL,
        targets text[] NOT NULL,
        perpetrators text[] NOT NULL,
        locations text[] NOT NULL,
        per_person boolean NOT NULL,
        exposed_staff boolean NOT NULL,
        exposed_inmate boolean NOT NULL,
        exposed_client boolean NOT NULL,
        exposed_other boolean NOT NULL,
        counted_statuses text[] NOT NULL,
        incidents_counted integer,
        reprojected_ms integer,
        UNIQUE (indicator, version)
      )`);
    await runner.query(`
      CREATE TABLE statistics_contributions (
        definition_id integer NOT NULL,
        version_id bigint NOT NULL,
        incident_id text NOT NULL,
        valid_from timestamptz NOT NULL,
        valid_to timestamptz,
        occurred_on date NOT NULL,
        area text NOT NULL,
        institution_id text,
        kind text NOT NULL,
        target text NOT NULL,
        weight smallint NOT NULL
      ) PARTITION BY LIST (definition_id)`);
    await runner.query(`
      CREATE TABLE statistics_target_plans (
        plan_id text PRIMARY KEY,
        title text NOT NULL,
        goals jsonb NOT NULL,
        set_at timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE statistics_goal_assessments (
        plan_id text NOT NULL,
        goal text NOT NULL,
        year integer NOT NULL,
        met boolean NOT NULL,
        note text NOT NULL,
        assessed_by text NOT NULL,
        assessed_at timestamptz NOT NULL,
        PRIMARY KEY (plan_id, goal, year, assessed_at)
      )`);
    await runner.query(`
      CREATE TABLE statistics_publications (
        indicator text NOT NULL,
        year integer NOT NULL,
        edition integer NOT NULL,
        version integer NOT NULL,
        as_known_on timestamptz NOT NULL,
        final boolean NOT NULL,
        figures jsonb NOT NULL,
        note text NOT NULL,
        published_by text NOT NULL,
        published_at timestamptz NOT NULL,
        PRIMARY KEY (indicator, year, edition)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'statistics_publications',
      'statistics_goal_assessments',
      'statistics_target_plans',
      'statistics_contributions',
      'statistics_definitions',
      'statistics_anomalies',
      'statistics_incident_versions',
    ])
      await runner.query(`DROP TABLE ${table}`);
  }
}
