import { Injectable } from '@nestjs/common';
import { DataSource, MigrationInterface, QueryRunner } from 'typeorm';

/** Who read which sensitive record, when, and through which view: every read is attributable. */
@Injectable()
export class AccessLog {
  constructor(private readonly dataSource: DataSource) {}

  async record(actor: string, resource: string, view: string): Promise<void> {
    await this.dataSource.query('INSERT INTO access_log (actor, resource, view, read_at) VALUES ($1, $2, $3, now())', [actor, resource, view]);
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
