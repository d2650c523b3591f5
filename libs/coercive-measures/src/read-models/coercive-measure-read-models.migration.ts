import { MigrationInterface, QueryRunner } from 'typeorm';

export class CoerciveMeasureReadModels1763860000040 implements MigrationInterface {
  name = 'CoerciveMeasureReadModels1763860000040';

  async up(runner: QueryRunner): Promise<void> {
    // One row per placement: filter columns, the folded state and the compact timeline rules are judged on.
    await runner.query(`CREATE TABLE coercive_placement (
      placement_id uuid PRIMARY KEY,
      revision integer NOT NULL,
      status text NOT NULL,
      institution text NOT NULL,
      inmate_ref text NOT NULL,
      restrained boolean NOT NULL,
      started_at timestamptz NOT NULL,
      ended_at timestamptz,
      recorded_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      state jsonb NOT NULL,
      timeline jsonb NOT NULL)`);
    await runner.query('CREATE INDEX coercive_placement_institution_started ON coercive_placement (institution, started_at)');
    await runner.query('CREATE INDEX coercive_placement_started ON coercive_placement (started_at, placement_id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE coercive_placement');
  }
}
