import { MigrationInterface, QueryRunner } from 'typeorm';

/** Activations now arrive as crisis readiness's contract, which carries codes, not the plan's title: rows kept so far keep theirs. */
export class ActionCardActivationTitleOptional1763860000022 implements MigrationInterface {
  name = 'ActionCardActivationTitleOptional1763860000022';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE action_card_activation ALTER COLUMN plan_title DROP NOT NULL');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`UPDATE action_card_activation SET plan_title = plan_id WHERE plan_title IS NULL`);
    await runner.query('ALTER TABLE action_card_activation ALTER COLUMN plan_title SET NOT NULL');
  }
}
