import { Injectable } from '@nestjs/common';
import { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { readerContext } from './reader-context';

/** Who read which sensitive record, when, and through which view: every read is attributable. */
@Injectable()
export class AccessLog {
  constructor(private readonly dataSource: DataSource) {}

  async record(actor: string, resource: string, view: string): Promise<void> {
    const reader = readerContext.getStore();
    if (reader) reader.recorded = true;
    await this.dataSource.query('INSERT INTO access_log (actor, resource, view, read_at, roles, unit) VALUES ($1, $2, $3, now(), $4, $5)', [
      actor,
      resource,
      view,
      reader?.roles.join(' ') ?? null,
      reader?.unit ?? null,
    ]);
  }
}

export class AccessLogTable1763860000002 implements MigrationInterface {
  name = 'AccessLogTable1763860000002';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE access_log (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      actor text NOT NULL, resource text NOT NULL, view text NOT NULL, read_at timestamptz NOT NULL)`);
    await runner.query('CREATE INDEX access_log_resource ON access_log (resource, read_at)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE access_log');
  }
}

/** Why-scope on every entry (the reader's roles and unit), and the log made append-only: entries are never changed or removed. */
export class AccessLogScope1763860000004 implements MigrationInterface {
  name = 'AccessLogScope1763860000004';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE access_log ADD COLUMN roles text, ADD COLUMN unit text');
    await runner.query('CREATE INDEX access_log_actor ON access_log (actor, read_at)');
    await runner.query('CREATE INDEX access_log_read_at ON access_log (read_at)');
    await runner.query(`CREATE FUNCTION access_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'access_log is append-only: % refused', TG_OP; END $$`);
    await runner.query(`CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON access_log
      FOR EACH STATEMENT EXECUTE FUNCTION access_log_append_only()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TRIGGER access_log_append_only ON access_log');
    await runner.query('DROP FUNCTION access_log_append_only()');
    await runner.query('DROP INDEX access_log_read_at');
    await runner.query('DROP INDEX access_log_actor');
    await runner.query('ALTER TABLE access_log DROP COLUMN roles, DROP COLUMN unit');
  }
}
