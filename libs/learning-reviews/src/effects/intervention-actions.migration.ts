import { MigrationInterface, QueryRunner } from 'typeorm';

/** Follow-up actions by the intervention they put in place and the unit, with when each was first under way. */
export class LearningInterventionActions1763860000102 implements MigrationInterface {
  name = 'LearningInterventionActions1763860000102';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE learning_intervention_actions (
      action_id uuid PRIMARY KEY, review_id uuid NOT NULL, revision integer NOT NULL, intervention_id text, catalogue_version integer,
      proposed_title text, unit text NOT NULL, due_on date NOT NULL, status text NOT NULL, added_at timestamptz NOT NULL,
      under_way_at timestamptz)`);
    await runner.query('CREATE INDEX learning_intervention_actions_unit ON learning_intervention_actions (intervention_id, unit)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE learning_intervention_actions');
  }
}
