import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The records' data keys (wrapped, never plain; a destroyed key is NULL and stays refused) and the data-protection
 * read models: each record's holds, restriction and erasure, and the erasure report auditors read.
 */
export class DataProtection1763860000170 implements MigrationInterface {
  name = 'DataProtection1763860000170';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE SCHEMA IF NOT EXISTS data_protection');
    await runner.query(`CREATE TABLE data_protection.subject_keys (
      subject text PRIMARY KEY,
      wrapped_key bytea,
      kek_id text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      destroyed_at timestamptz,
      -- Only auditors read the record's texts until a decision; set by the command at once and by the projection durably.
      restricted boolean NOT NULL DEFAULT false,
      CHECK ((wrapped_key IS NULL) = (destroyed_at IS NOT NULL))
    )`);
    await runner.query(`CREATE TABLE data_protection_subjects (
      subject text PRIMARY KEY,
      restricted boolean NOT NULL DEFAULT false,
      restriction_reason text,
      holds jsonb NOT NULL DEFAULT '[]',
      erased_at timestamptz
    )`);
    await runner.query(`CREATE TABLE data_protection_erasures (
      subject text PRIMARY KEY,
      record_type text NOT NULL,
      basis jsonb NOT NULL,
      erased_by text NOT NULL,
      erased_at timestamptz NOT NULL,
      recorded_at timestamptz NOT NULL,
      event_id uuid NOT NULL
    )`);
    await runner.query('CREATE INDEX data_protection_erasures_by_time ON data_protection_erasures (erased_at)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE data_protection_erasures');
    await runner.query('DROP TABLE data_protection_subjects');
    await runner.query('DROP SCHEMA data_protection CASCADE');
  }
}
