import { MigrationInterface, QueryRunner } from 'typeorm';

/** Read models of learning reviews (reviews, follow-up actions, findings and factors, the deadline index, the catalogue's versions) and the policy reaction's tables. */
export class LearningReviewReadModels1763860000100 implements MigrationInterface {
  name = 'LearningReviewReadModels1763860000100';

  async up(runner: QueryRunner): Promise<void> {
    // Days are kept as text (YYYY-MM-DD): they sort as days and read back as written.
    await runner.query(`CREATE TABLE learning_reviews (
      review_id uuid PRIMARY KEY, revision integer NOT NULL, kind text NOT NULL, title text NOT NULL, subject_type text NOT NULL,
      incident_ids uuid[] NOT NULL, activation_id uuid, unit text, area text, status text NOT NULL, policy_rule text,
      start_by text, due_on text, start_overdue boolean NOT NULL, finish_overdue boolean NOT NULL,
      start_escalated boolean NOT NULL, finish_escalated boolean NOT NULL, overdue boolean NOT NULL,
      findings integer NOT NULL, factors integer NOT NULL, actions_open integer NOT NULL, actions_overdue integer NOT NULL,
      signed_off text[] NOT NULL, created_at timestamptz NOT NULL, published_at timestamptz, updated_at timestamptz NOT NULL, state jsonb NOT NULL)`);
    await runner.query('CREATE INDEX learning_reviews_due ON learning_reviews (due_on DESC NULLS LAST, review_id)');
    await runner.query('CREATE INDEX learning_reviews_unit ON learning_reviews (unit)');
    await runner.query(`CREATE TABLE learning_review_actions (
      review_id uuid NOT NULL, action_id uuid NOT NULL, recommendation text NOT NULL, intervention_id text, catalogue_version integer,
      proposed_title text, category text, horizon text, to_catalogue boolean NOT NULL, owner_role text NOT NULL, unit text NOT NULL, area text,
      due_on text NOT NULL, status text NOT NULL, response text, overdue boolean NOT NULL, escalated boolean NOT NULL, repeat boolean NOT NULL,
      added_at timestamptz NOT NULL, started_at timestamptz, done_at timestamptz, updated_at timestamptz NOT NULL,
      PRIMARY KEY (review_id, action_id))`);
    // Repeats are looked up by unit and intervention (or proposed title) as each action is added.
    await runner.query('CREATE INDEX learning_review_actions_intervention ON learning_review_actions (unit, intervention_id)');
    await runner.query('CREATE INDEX learning_review_actions_proposed ON learning_review_actions (unit, lower(proposed_title))');
    await runner.query('CREATE INDEX learning_review_actions_due ON learning_review_actions (due_on, review_id, action_id)');
    await runner.query(`CREATE TABLE learning_review_factors (
      review_id uuid NOT NULL, item_id uuid NOT NULL, type text NOT NULL, kind text, class text NOT NULL, text text NOT NULL,
      withdrawn boolean NOT NULL, recorded_at timestamptz NOT NULL, unit text, area text, PRIMARY KEY (review_id, item_id))`);
    await runner.query('CREATE INDEX learning_review_factors_recorded ON learning_review_factors (recorded_at)');
    // The deadline worker's index: the earliest deadline not yet marked overdue, and the earliest overdue one not yet escalated.
    await runner.query(`CREATE TABLE learning_review_deadlines (
      review_id uuid PRIMARY KEY, revision integer NOT NULL, status text NOT NULL, next_due_at timestamptz, next_escalation_at timestamptz)`);
    await runner.query('CREATE INDEX learning_review_deadlines_due ON learning_review_deadlines (next_due_at) WHERE next_due_at IS NOT NULL');
    await runner.query(
      'CREATE INDEX learning_review_deadlines_escalation ON learning_review_deadlines (next_escalation_at) WHERE next_escalation_at IS NOT NULL',
    );
    await runner.query(`CREATE TABLE learning_catalogue_interventions (
      intervention_id text NOT NULL, version integer NOT NULL, title text NOT NULL, category text NOT NULL, horizon text NOT NULL,
      PRIMARY KEY (intervention_id, version))`);
    await runner.query(`CREATE TABLE learning_review_policy (
      policy_id text PRIMARY KEY, version integer NOT NULL, rules jsonb NOT NULL, published_at timestamptz NOT NULL)`);
    await runner.query(`CREATE TABLE learning_review_requests (
      review_id uuid PRIMARY KEY, incident_id uuid NOT NULL, incident_event_id uuid NOT NULL, rule text NOT NULL, policy_version integer NOT NULL,
      kind text NOT NULL, title text NOT NULL, unit text, start_by text NOT NULL, due_on text NOT NULL, requested_at timestamptz NOT NULL,
      handled_at timestamptz, outcome text)`);
    await runner.query('CREATE INDEX learning_review_requests_pending ON learning_review_requests (requested_at) WHERE handled_at IS NULL');
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'learning_review_requests',
      'learning_review_policy',
      'learning_catalogue_interventions',
      'learning_review_deadlines',
      'learning_review_factors',
      'learning_review_actions',
      'learning_reviews',
    ]) {
      await runner.query(`DROP TABLE ${table}`);
    }
  }
}
