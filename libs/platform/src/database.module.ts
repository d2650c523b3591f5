import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessLogScope1763860000004, AccessLogTable1763860000002 } from '@vigil/actors';
import {
  EventStoreBatchRetryCheck1763860000180,
  EventStoreGroupCommit1763860000005,
  EventStoreNotifyAfterCommit1763860000003,
  EventStoreSchema1763860000000,
} from '@vigil/event-store';
import { MessagingInbox1763860000060 } from '@vigil/messaging';
import { ProjectionCheckpoints1763860000001 } from '@vigil/projections';
import { ProofTree1763860000150 } from '@vigil/proof';
import { WebSignInTables1763860000080 } from '@vigil/web-sign-in';
import { CONTEXTS } from './contexts';
import { POOL_GUARD } from '@vigil/postgres';

const timestampOf = (migration: { name: string }) => Number(/(\d{13})$/.exec(migration.name)?.[1] ?? 0);

/** Every migration, ordered by its timestamp: event store, checkpoints, access log, messaging, then each context's read models. */
export const MIGRATIONS = [
  EventStoreSchema1763860000000,
  ProjectionCheckpoints1763860000001,
  AccessLogTable1763860000002,
  AccessLogScope1763860000004,
  EventStoreNotifyAfterCommit1763860000003,
  EventStoreGroupCommit1763860000005,
  EventStoreBatchRetryCheck1763860000180,
  MessagingInbox1763860000060,
  WebSignInTables1763860000080,
  ProofTree1763860000150,
  ...CONTEXTS.flatMap((context) => context.migrations),
].sort((a, b) => timestampOf(a) - timestampOf(b));

/** TypeORM over the same PostgreSQL as the event store; read models change only through migrations. */
@Module({})
export class DatabaseModule {
  static forRoot(url: string, runMigrations: boolean): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          type: 'postgres',
          url,
          migrations: MIGRATIONS,
          migrationsRun: runMigrations,
          migrationsTransactionMode: 'each',
          synchronize: false,
          logging: ['error'],
          extra: POOL_GUARD,
        }),
      ],
    };
  }
}
