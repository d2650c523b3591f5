import { MigrationInterface, QueryRunner } from 'typeorm';

/** The statistics service's own read model, fed by the incident contracts (Kafka or in-process). */
export class StatisticsFeed1763860000061 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE statistics_feed_incidents (
        incident_id text PRIMARY KEY,
        kind text NOT NULL,
        target text NOT NULL,
        perpetrator text NOT NULL,
        severity text NOT NULL,
        area text NOT NULL,
        institution_id text,
        occurred_at timestamptz NOT NULL,
        counted boolean NOT NULL,
        closed boolean NOT NULL,
        last_revision integer NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await runner.query('CREATE INDEX statistics_feed_incidents_month ON statistics_feed_incidents (occurred_at, area)');
    await runner.query(`
      CREATE TABLE statistics_feed_anomalies (
        id bigserial PRIMARY KEY,
        message_id text NOT NULL,
        contract text NOT NULL,
        stream_id text NOT NULL,
        stream_revision integer NOT NULL,
        reason text NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE statistics_feed_anomalies');
    await runner.query('DROP TABLE statistics_feed_incidents');
  }
}
