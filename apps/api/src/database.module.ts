import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessLogTable1763860000002 } from '@vigil/actors';
import { EventStoreNotifyAfterCommit1763860000003, EventStoreSchema1763860000000 } from '@vigil/event-store';
import { IncidentReadModels1763860000010 } from '@vigil/incidents';
import { ActionCardCrisisActivationRuns1763860000021, ActionCardReadModels1763860000020 } from '@vigil/action-cards';
import { CoerciveMeasureReadModels1763860000040 } from '@vigil/coercive-measures';
import { CrisisReadinessReadModels1763860000070 } from '@vigil/crisis-readiness';
import { RiskAssessmentReadModels1763860000050 } from '@vigil/risk-assessments';
import { MessagingInbox1763860000060 } from '@vigil/messaging';
import { ProjectionCheckpoints1763860000001 } from '@vigil/projections';
import { StatisticsFeed1763860000061 } from '@vigil/statistics-feed';

/** Every migration, in order: event store, checkpoints, access log, then each context's read models. */
export const MIGRATIONS = [EventStoreSchema1763860000000, ProjectionCheckpoints1763860000001, AccessLogTable1763860000002, EventStoreNotifyAfterCommit1763860000003, IncidentReadModels1763860000010, ActionCardReadModels1763860000020, ActionCardCrisisActivationRuns1763860000021, CoerciveMeasureReadModels1763860000040, RiskAssessmentReadModels1763860000050, MessagingInbox1763860000060, StatisticsFeed1763860000061, CrisisReadinessReadModels1763860000070];

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
        }),
      ],
    };
  }
}
