import { MigrationInterface, QueryRunner } from 'typeorm';

/** Runs started by crisis activations: the activation, its start requests, and the exercise mark on runs. */
export class ActionCardCrisisActivationRuns1763860000021 implements MigrationInterface {
  name = 'ActionCardCrisisActivationRuns1763860000021';

  async up(runner: QueryRunner): Promise<void> {
    // Runs and steps recorded before this were manual or incident runs: never exercises.
    await runner.query('ALTER TABLE action_card_run ADD COLUMN exercise boolean NOT NULL DEFAULT false, ADD COLUMN activation_id uuid');
    await runner.query('CREATE INDEX action_card_run_activation ON action_card_run (activation_id)');
    await runner.query('ALTER TABLE action_card_run_step ADD COLUMN exercise boolean NOT NULL DEFAULT false');
    await runner.query(`CREATE TABLE action_card_activation (
      activation_id uuid PRIMARY KEY, activation_event_id uuid NOT NULL, plan_id text NOT NULL, plan_version integer NOT NULL, plan_title text NOT NULL,
      scope jsonb NOT NULL, level text NOT NULL, exercise boolean NOT NULL, activated_at timestamptz NOT NULL, template_ids jsonb NOT NULL)`);
    await runner.query(`CREATE TABLE action_card_activation_start_request (
      run_id uuid PRIMARY KEY, activation_id uuid NOT NULL, activation_event_id uuid NOT NULL, template_id text NOT NULL,
      plan_id text NOT NULL, plan_version integer NOT NULL, exercise boolean NOT NULL, area text NOT NULL, institution text,
      activated_at timestamptz NOT NULL, handled_at timestamptz, outcome text, UNIQUE (activation_id, template_id))`);
    await runner.query(
      'CREATE INDEX action_card_activation_start_request_pending ON action_card_activation_start_request (activated_at) WHERE handled_at IS NULL',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE action_card_activation_start_request');
    await runner.query('DROP TABLE action_card_activation');
    await runner.query('ALTER TABLE action_card_run_step DROP COLUMN exercise');
    await runner.query('DROP INDEX action_card_run_activation');
    await runner.query('ALTER TABLE action_card_run DROP COLUMN exercise, DROP COLUMN activation_id');
  }
}
