import { DynamicModule, Module } from '@nestjs/common';
import { VigilConfig } from '@vigil/config';
import { EventStoreModule } from '@vigil/event-store';
import { INCIDENT_PROJECTIONS } from '@vigil/incidents';
import { CRISIS_READINESS_PROJECTIONS } from '@vigil/crisis-readiness';
import { ACTION_CARD_PROJECTIONS, ActionCardsWorkerModule } from '@vigil/action-cards';
import { COERCIVE_MEASURE_PROJECTIONS } from '@vigil/coercive-measures';
import { ReassessmentDeadlineWorkerModule, RISK_ASSESSMENT_PROJECTIONS } from '@vigil/risk-assessments';
import { ProjectionWorkerModule } from '@vigil/projections';
import { LoggerModule } from 'nestjs-pino';
import { DatabaseModule } from '../../api/src/database.module';
import { loggerOptions } from '../../api/src/logger-options';

/** The background worker: keeps every read model up to date from the event store. */
@Module({})
export class WorkerModule {
  static forRoot(config: VigilConfig, databaseUrl: string): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        LoggerModule.forRoot(loggerOptions(config.LOG_LEVEL)),
        DatabaseModule.forRoot(databaseUrl, config.VIGIL_RUN_MIGRATIONS),
        EventStoreModule.forRoot({ connectionString: databaseUrl }),
        ProjectionWorkerModule.forRoot([...INCIDENT_PROJECTIONS, ...CRISIS_READINESS_PROJECTIONS, ...ACTION_CARD_PROJECTIONS, ...COERCIVE_MEASURE_PROJECTIONS, ...RISK_ASSESSMENT_PROJECTIONS]),
        ReassessmentDeadlineWorkerModule.forRoot(),
        ActionCardsWorkerModule.forRoot(),
      ],
    };
  }
}
