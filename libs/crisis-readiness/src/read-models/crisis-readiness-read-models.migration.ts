import { MigrationInterface, QueryRunner } from 'typeorm';

/** Read models of crisis readiness: plans with their versions, and activations as they stand (board, detail). */
export class CrisisReadinessReadModels1763860000070 implements MigrationInterface {
  name = 'CrisisReadinessReadModels1763860000070';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE crisis_plan (
      plan_id text PRIMARY KEY, revision integer NOT NULL, status text NOT NULL, scenario text NOT NULL, title text NOT NULL,
      current_version integer, draft_version integer, last_revised_at timestamptz, revision_due_at timestamptz,
      updated_at timestamptz NOT NULL, state jsonb NOT NULL)`);
    await runner.query("CREATE INDEX crisis_plan_revision_due ON crisis_plan (revision_due_at) WHERE status = 'published'");
    await runner.query(`CREATE TABLE crisis_plan_version (
      plan_id text NOT NULL, version integer NOT NULL, status text NOT NULL, scenario text NOT NULL, title text NOT NULL,
      content jsonb NOT NULL, published_at timestamptz NOT NULL, PRIMARY KEY (plan_id, version))`);
    await runner.query(`CREATE TABLE crisis_activation (
      activation_id uuid PRIMARY KEY, revision integer NOT NULL, status text NOT NULL, exercise boolean NOT NULL,
      plan_id text NOT NULL, plan_version integer NOT NULL, scenario text NOT NULL, title text NOT NULL,
      scope_kind text NOT NULL, area text, institution text, unit text, level text NOT NULL,
      activated_at timestamptz NOT NULL, stood_down_at timestamptz, updated_at timestamptz NOT NULL,
      decisions integer NOT NULL, communications integer NOT NULL, state jsonb NOT NULL)`);
    await runner.query('CREATE INDEX crisis_activation_board ON crisis_activation (status, exercise, area, activated_at)');
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['crisis_activation', 'crisis_plan_version', 'crisis_plan']) await runner.query(`DROP TABLE ${table}`);
  }
}
