import { DynamicModule, Inject, Injectable, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EVENT_STORE, EventStore } from '@vigil/event-store';
import { OutageLog } from '@vigil/postgres';
import { DataSource } from 'typeorm';
import { Projection } from '../projection';
import { ProjectionProgress } from '../projection-progress';
import { ProjectionRunner } from '../projection-runner';
import { ProjectionProgressModule } from './projection-progress.module';

export const PROJECTIONS = Symbol('PROJECTIONS');

/** Runs one checkpointed runner per projection for as long as the app lives. */
@Injectable()
export class ProjectionWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ProjectionWorker');
  private runners: ProjectionRunner[] = [];

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly dataSource: DataSource,
    @Inject(PROJECTIONS) private readonly projections: Projection[],
    private readonly progress: ProjectionProgress,
  ) {}

  onApplicationBootstrap(): void {
    // One reporter for every runner: a database restart is logged once, not once per projection and retry.
    const outage = new OutageLog('Projections: the database', this.logger);
    this.runners = this.projections.map(
      (projection) =>
        new ProjectionRunner(this.store, this.dataSource, projection, {
          onError: (name, error) => this.logger.error(`Projection ${name} is halted on an event and retries: ${(error as Error).message}`),
          outage,
          progress: this.progress,
        }),
    );
    for (const runner of this.runners) runner.start();
    this.logger.log(`Running projections: ${this.projections.map((p) => p.name).join(', ')}`);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.runners.map((r) => r.stop()));
  }
}

@Module({})
export class ProjectionWorkerModule {
  static forRoot(projections: Projection[]): DynamicModule {
    return {
      module: ProjectionWorkerModule,
      imports: [ProjectionProgressModule],
      providers: [{ provide: PROJECTIONS, useValue: projections }, ProjectionWorker],
    };
  }
}
