import { MigrationInterface, QueryRunner } from 'typeorm';
import { CREATE_EVENT_STORE_SQL } from './event-store.schema';

/** Every event-store migration applies the whole schema: all of it is idempotent, and the newest text wins. */
abstract class EventStoreSchemaMigration implements MigrationInterface {
  abstract readonly name: string;

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(CREATE_EVENT_STORE_SQL);
  }

  async down(): Promise<void> {
    throw new Error('The event store is never dropped by a migration: its events are the record');
  }
}

export class EventStoreSchema1763860000000 extends EventStoreSchemaMigration {
  name = 'EventStoreSchema1763860000000';
}

/** append_to_stream no longer notifies inside the append. */
export class EventStoreNotifyAfterCommit1763860000003 extends EventStoreSchemaMigration {
  name = 'EventStoreNotifyAfterCommit1763860000003';
}

/** append_to_stream's checks move into append_locked, and append_batch commits several callers' appends at once. */
export class EventStoreGroupCommit1763860000005 extends EventStoreSchemaMigration {
  name = 'EventStoreGroupCommit1763860000005';
}

/** A batch looks its ids up once (retry checks only when one is known), hash_event is PL/pgSQL. */
export class EventStoreBatchRetryCheck1763860000180 extends EventStoreSchemaMigration {
  name = 'EventStoreBatchRetryCheck1763860000180';
}
