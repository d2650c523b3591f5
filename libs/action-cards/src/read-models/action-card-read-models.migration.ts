import { MigrationInterface, QueryRunner } from 'typeorm';

/** Read models of the action cards: templates, runs and their steps, the deadline table and the start policy. */
export class ActionCardReadModels1763860000020 implements MigrationInterface {
  name = 'ActionCardReadModels1763860000020';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE action_card_template (
      template_id text PRIMARY KEY, revision integer NOT NULL, status text NOT NULL, current_version integer, draft_version integer,
      title text NOT NULL, situation text NOT NULL, updated_at timestamptz NOT NULL, state jsonb NOT NULL)`);
    await runner.query(`CREATE TABLE action_card_template_version (
      template_id text NOT NULL, version integer NOT NULL, status text NOT NULL, title text NOT NULL, situation text NOT NULL,
      card jsonb NOT NULL, published_at timestamptz NOT NULL, PRIMARY KEY (template_id, version))`);
    await runner.query(`CREATE TABLE action_card_run (
      run_id uuid PRIMARY KEY, revision integer NOT NULL, status text NOT NULL, template_id text NOT NULL, template_version integer NOT NULL,
      title text NOT NULL, situation text NOT NULL, area text NOT NULL, institution text, trigger_type text NOT NULL, incident_id uuid,
      started_at timestamptz NOT NULL, completed_at timestamptz, updated_at timestamptz NOT NULL, state jsonb NOT NULL)`);
    await runner.query('CREATE INDEX action_card_run_board ON action_card_run (status, area, institution, started_at)');
    await runner.query('CREATE INDEX action_card_run_incident ON action_card_run (incident_id)');
    await runner.query(`CREATE TABLE action_card_run_step (
      run_id uuid NOT NULL, step_id text NOT NULL, position integer NOT NULL, title text NOT NULL, mandatory boolean NOT NULL,
      responsible_role text NOT NULL, assignee jsonb, status text NOT NULL, due_at timestamptz NOT NULL, overdue boolean NOT NULL,
      escalated_to text, closed_at timestamptz, template_id text NOT NULL, area text NOT NULL, institution text,
      run_started_at timestamptz NOT NULL, PRIMARY KEY (run_id, step_id))`);
    await runner.query('CREATE INDEX action_card_run_step_figures ON action_card_run_step (template_id, area, run_started_at)');
    await runner.query(`CREATE TABLE action_card_run_timeline (
      run_id uuid NOT NULL, revision integer NOT NULL, event_id uuid NOT NULL, event_type text NOT NULL, step_id text,
      actor text NOT NULL, recorded_at timestamptz NOT NULL, detail jsonb NOT NULL, PRIMARY KEY (run_id, revision))`);
    await runner.query(`CREATE TABLE action_card_step_deadline (
      run_id uuid NOT NULL, step_id text NOT NULL, due_at timestamptz NOT NULL, open boolean NOT NULL, run_open boolean NOT NULL,
      overdue boolean NOT NULL, escalated boolean NOT NULL, PRIMARY KEY (run_id, step_id))`);
    await runner.query('CREATE INDEX action_card_step_deadline_due ON action_card_step_deadline (due_at) WHERE open AND run_open AND NOT escalated');
    await runner.query(`CREATE TABLE action_card_start_policy (
      policy_id text PRIMARY KEY, version integer NOT NULL, rules jsonb NOT NULL, published_at timestamptz NOT NULL)`);
    await runner.query(`CREATE TABLE action_card_run_start_request (
      run_id uuid PRIMARY KEY, incident_id uuid NOT NULL, incident_event_id uuid NOT NULL UNIQUE, template_id text NOT NULL,
      policy_version integer NOT NULL, area text NOT NULL, institution text, requested_at timestamptz NOT NULL,
      handled_at timestamptz, outcome text)`);
    await runner.query('CREATE INDEX action_card_run_start_request_pending ON action_card_run_start_request (requested_at) WHERE handled_at IS NULL');
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'action_card_run_start_request',
      'action_card_start_policy',
      'action_card_step_deadline',
      'action_card_run_timeline',
      'action_card_run_step',
      'action_card_run',
      'action_card_template_version',
      'action_card_template',
    ]) {
      await runner.query(`DROP TABLE ${table}`);
    }
  }
}
