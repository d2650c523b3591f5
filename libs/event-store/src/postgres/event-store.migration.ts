import { MigrationInterface, QueryRunner } from 'typeorm';
import { CREATE_EVENT_STORE_SQL } from './event-store.schema';

export class EventStoreSchema1763860000000 implements MigrationInterface {
  name = 'EventStoreSchema1763860000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(CREATE_EVENT_STORE_SQL);
  }

  async down(): Promise<void> {
    throw new Error('The event store is never dropped by a migration: its events are the record');
  }
}

/** Re-applies the schema (all of it idempotent): append_to_stream no longer notifies inside the append. */
export class EventStoreNotifyAfterCommit1763860000003 implements MigrationInterface {
  name = 'EventStoreNotifyAfterCommit1763860000003';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(CREATE_EVENT_STORE_SQL);
  }

  async down(): Promise<void> {
    throw new Error('The event store is never dropped by a migration: its events are the record');
  }
}

/** Re-applies the schema: append_to_stream's checks move into append_locked, and append_batch commits several callers' appends at once. */
export class EventStoreGroupCommit1763860000005 implements MigrationInterface {
  name = 'EventStoreGroupCommit1763860000005';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(CREATE_EVENT_STORE_SQL);
  }

  async down(): Promise<void> {
    throw new Error('The event store is never dropped by a migration: its events are the record');
  }
}

/** Re-applies the schema: a batch looks its ids up once (retry checks only when one is known), hash_event is PL/pgSQL. */
export class EventStoreBatchRetryCheck1763860000180 implements MigrationInterface {
  name = 'EventStoreBatchRetryCheck1763860000180';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(CREATE_EVENT_STORE_SQL);
  }

  async down(): Promise<void> {
    throw new Error('The event store is never dropped by a migration: its events are the record');
  }
}
