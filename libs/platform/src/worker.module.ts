import { DynamicModule, Module } from '@nestjs/common';
import { CommandHandlingModule } from '@vigil/command-handling';
import { VigilConfig } from '@vigil/config';
import { applyJurisdictions } from './jurisdictions';
import { EventStoreModule } from '@vigil/event-store';
import { Projection, ProjectionWorkerModule } from '@vigil/projections';
import { LoggerModule } from 'nestjs-pino';
import { ProofWorkerModule, proofSettings } from '@vigil/proof';
import { ALL_PROJECTIONS, CONTEXTS, UPCAST } from './contexts';
import { DatabaseModule } from './database.module';
import { DataProtectionKernelModule } from '@vigil/data-protection';
import { protectedStore, protectionFor } from './data-protection/data-protection.wiring';
import { loggerOptions } from './logger-options';

/** Every context's projections and background workflows, with the command handlers the workflows dispatch to. */
export function contextWorkers(extraProjections: readonly Projection[] = []): DynamicModule[] {
  const commandModules = CONTEXTS.flatMap((context) => (context.commands ? [context.commands] : []));
  return [
    { module: ContextCommandsModule, imports: commandModules },
    ProjectionWorkerModule.forRoot([...ALL_PROJECTIONS, ...extraProjections]),
    ...CONTEXTS.flatMap((context) => context.workers ?? []),
  ];
}

@Module({})
class ContextCommandsModule {}

/** The background worker: keeps every read model up to date from the event store and runs the workflows. */
@Module({})
export class WorkerModule {
  static forRoot(config: VigilConfig, databaseUrl: string): DynamicModule {
    applyJurisdictions(config);
    const protection = protectionFor(config, databaseUrl);
    return {
      module: WorkerModule,
      imports: [
        LoggerModule.forRoot(loggerOptions(config.LOG_LEVEL)),
        DatabaseModule.forRoot(databaseUrl, config.VIGIL_RUN_MIGRATIONS),
        DataProtectionKernelModule.forRoot(protection),
        EventStoreModule.forRoot({ connectionString: databaseUrl, wrap: protectedStore(protection) }),
        CommandHandlingModule.withUpcasting(UPCAST),
        ...contextWorkers(),
        ProofWorkerModule.forRoot(proofSettings(config)),
      ],
    };
  }
}
