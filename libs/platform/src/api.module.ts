import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { VigilConfig } from '@vigil/config';
import { Clock, EventStoreModule } from '@vigil/event-store';
import { ProblemFilter } from '@vigil/http-problems';
import { CONTEXTS } from './contexts';
import { StatisticsFeedHttpModule } from '@vigil/statistics-feed';
import { CoordinatorWebModule } from '@vigil/coordinator-web';
import { CommandHandlingModule } from '@vigil/command-handling';
import { PROBLEM_MAPPERS } from '@vigil/http-problems';
import { LiveConnectionsModule } from '@vigil/http-commands';
import { LoggerModule } from 'nestjs-pino';
import { DatabaseModule } from './database.module';
import { HealthController } from './health.controller';
import { KnownQueryGuard } from './http-edge/known-query.guard';
import { MetricsModule } from './observability/metrics.module';
import { loggerOptions } from './logger-options';
import { RootPageController } from './root-page.controller';

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
        CommandHandlingModule,
        LiveConnectionsModule.forRoot(config.VIGIL_LIVE_CONNECTIONS_PER_ACTOR),
        TerminusModule,
        ...CONTEXTS.map((context) => context.http),
        StatisticsFeedHttpModule,
        CoordinatorWebModule,
        MetricsModule,
      ],
      controllers: [HealthController, RootPageController],
      providers: [
        { provide: PROBLEM_MAPPERS, useValue: CONTEXTS.flatMap((context) => context.problems ?? []) },
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_GUARD, useClass: KnownQueryGuard },
      ],
    };
  }
}
