import { MigrationInterface, QueryRunner } from 'typeorm';

/** What each review is about (its incidents, or its activation) and how far it has come: for finding a review from its subject. */
export class LearningReviewSubjects1763860000101 implements MigrationInterface {
  name = 'LearningReviewSubjects1763860000101';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE learning_review_subjects (
      review_id uuid PRIMARY KEY, revision integer NOT NULL, subject_type text NOT NULL, activation_id uuid, exercise boolean,
      incident_ids uuid[] NOT NULL, kind text NOT NULL, title text NOT NULL, unit text, status text NOT NULL, signed_off text[] NOT NULL,
      created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL)`);
    await runner.query('CREATE INDEX learning_review_subjects_activation ON learning_review_subjects (activation_id) WHERE activation_id IS NOT NULL');
    await runner.query('CREATE INDEX learning_review_subjects_incidents ON learning_review_subjects USING gin (incident_ids)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE learning_review_subjects');
  }
}
