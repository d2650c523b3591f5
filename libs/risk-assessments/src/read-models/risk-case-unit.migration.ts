import { MigrationInterface, QueryRunner } from 'typeorm';

/** The unit a risk case belongs to, so readers see the cases of their unit; cases opened before have none (read nationally). */
export class RiskCaseUnit1763860000051 implements MigrationInterface {
  name = 'RiskCaseUnit1763860000051';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE risk_case_current ADD COLUMN unit text');
    await runner.query('ALTER TABLE risk_reassessment_due ADD COLUMN unit text');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE risk_reassessment_due DROP COLUMN unit');
    await runner.query('ALTER TABLE risk_case_current DROP COLUMN unit');
  }
}
