import { MigrationInterface, QueryRunner } from 'typeorm';

/** The inbox: which integration messages each consuming service has already applied. */
export class MessagingInbox1763860000060 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE messaging_inbox (
        consumer text NOT NULL,
        message_id text NOT NULL,
        stream_id text NOT NULL,
        stream_revision integer NOT NULL,
        topic text NOT NULL,
        partition integer NOT NULL,
        "offset" bigint NOT NULL,
        processed_at timestamptz NOT NULL,
        PRIMARY KEY (consumer, message_id)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE messaging_inbox');
  }
}
