import { MigrationInterface, QueryRunner } from 'typeorm';

export class IncidentReadModels1763860000010 implements MigrationInterface {
  name = 'IncidentReadModels1763860000010';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE incident_current (
      incident_id uuid PRIMARY KEY,
      revision integer NOT NULL,
      status text NOT NULL,
      kind text NOT NULL,
      target text NOT NULL,
      perpetrator text NOT NULL,
      area text NOT NULL,
      institution text,
      unit text,
      off_duty boolean NOT NULL,
      severity text NOT NULL,
      occurred_at timestamptz NOT NULL,
      recorded_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      police_reported boolean NOT NULL,
      duplicate_of uuid,
      state jsonb NOT NULL)`);
    await runner.query('CREATE INDEX incident_current_area_occurred ON incident_current (area, occurred_at)');
    await runner.query('CREATE INDEX incident_current_institution_occurred ON incident_current (institution, occurred_at)');
    await runner.query('CREATE INDEX incident_current_occurred ON incident_current (occurred_at, incident_id)');
    await runner.query('CREATE INDEX incident_current_recorded ON incident_current (recorded_at)');
    await runner.query(`CREATE TABLE incident_history (
      incident_id uuid NOT NULL,
      revision integer NOT NULL,
      event_id uuid NOT NULL,
      event_type text NOT NULL,
      action text NOT NULL,
      recorded_at timestamptz NOT NULL,
      actor text NOT NULL,
      reason text,
      changes jsonb NOT NULL,
      PRIMARY KEY (incident_id, revision))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE incident_history');
    await runner.query('DROP TABLE incident_current');
  }
}
