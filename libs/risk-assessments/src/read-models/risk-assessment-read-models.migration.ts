import { MigrationInterface, QueryRunner } from 'typeorm';

/** Read models of the risk-assessment context: the case as it stands, the due dates, every assessment. */
export class RiskAssessmentReadModels1763860000050 implements MigrationInterface {
  name = 'RiskAssessmentReadModels1763860000050';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE risk_case_current (
      case_id uuid PRIMARY KEY,
      revision integer NOT NULL,
      status text NOT NULL,
      person_role text NOT NULL,
      opened_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      state jsonb NOT NULL)`);
    await runner.query(`CREATE TABLE risk_reassessment_due (
      case_id uuid PRIMARY KEY,
      revision integer NOT NULL,
      status text NOT NULL,
      person_role text NOT NULL,
      latest_risk_level text,
      due_at timestamptz,
      due_reason text,
      overdue_recorded boolean NOT NULL,
      escalated boolean NOT NULL)`);
    // The deadline poller scans open cases by due time.
    await runner.query(`CREATE INDEX risk_reassessment_due_open ON risk_reassessment_due (due_at) WHERE status = 'open' AND due_at IS NOT NULL`);
    await runner.query(`CREATE TABLE risk_assessment_history (
      case_id uuid NOT NULL,
      assessment_id uuid NOT NULL,
      revision integer NOT NULL,
      kind text NOT NULL,
      instrument_code text NOT NULL,
      instrument_version text NOT NULL,
      instrument_name text,
      scale jsonb NOT NULL,
      risk_level text NOT NULL,
      level_rank integer NOT NULL,
      factors jsonb NOT NULL,
      assessed_by text NOT NULL,
      assessed_at timestamptz NOT NULL,
      recorded_at timestamptz NOT NULL,
      PRIMARY KEY (case_id, assessment_id))`);
    await runner.query('CREATE INDEX risk_assessment_history_case_time ON risk_assessment_history (case_id, assessed_at)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE risk_assessment_history');
    await runner.query('DROP TABLE risk_reassessment_due');
    await runner.query('DROP TABLE risk_case_current');
  }
}
