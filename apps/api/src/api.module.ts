import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { TerminusModule } from '@nestjs/terminus';
import { VigilConfig } from '@vigil/config';
import { Clock, EventStoreModule } from '@vigil/event-store';
import { ProblemFilter } from '@vigil/http-problems';
import { ActionCardsHttpModule } from '@vigil/action-cards';
import { CoerciveMeasuresHttpModule } from '@vigil/coercive-measures';
import { CrisisReadinessHttpModule } from '@vigil/crisis-readiness';
import { CoordinatorWebModule } from '@vigil/coordinator-web';
import { IncidentsHttpModule } from '@vigil/incidents';
import { RiskAssessmentsHttpModule } from '@vigil/risk-assessments';
import { StatisticsFeedHttpModule } from '@vigil/statistics-feed';
import { LoggerModule } from 'nestjs-pino';
import { DatabaseModule } from './database.module';
import { HealthController } from './health.controller';
import { loggerOptions } from './logger-options';

/** The HTTP API: commands append events, queries read the read models. */
@Module({})
export class ApiModule {
  static forRoot(config: VigilConfig, databaseUrl: string, clock?: Clock): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        LoggerModule.forRoot(loggerOptions(config.LOG_LEVEL)),
        DatabaseModule.forRoot(databaseUrl, config.VIGIL_RUN_MIGRATIONS),
        EventStoreModule.forRoot({ connectionString: databaseUrl, clock }),
        CqrsModule.forRoot(),
        TerminusModule,
        IncidentsHttpModule,
        ActionCardsHttpModule,
        CoerciveMeasuresHttpModule,
        CrisisReadinessHttpModule,
        RiskAssessmentsHttpModule,
        StatisticsFeedHttpModule,
        CoordinatorWebModule,
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_FILTER, useClass: ProblemFilter }],
    };
  }
}
