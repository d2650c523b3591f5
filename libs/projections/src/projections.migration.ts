import { MigrationInterface, QueryRunner } from 'typeorm';

export class ProjectionCheckpoints1763860000001 implements MigrationInterface {
  name = 'ProjectionCheckpoints1763860000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE projection_checkpoints (
      name text PRIMARY KEY,
      commit_position bigint NOT NULL,
      prepare_position bigint NOT NULL,
      updated_at timestamptz NOT NULL)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE projection_checkpoints');
  }
}
