import { DynamicModule, Global, Module } from '@nestjs/common';
import { ProjectionProgress } from '../projection-progress';
import { ProjectionReads, ProjectionReadsOptions } from '../read-at-least';

/** One ProjectionProgress per process: imported by the runners' module and the API's, Nest keeps a single instance. */
@Global()
@Module({ providers: [{ provide: ProjectionProgress, useFactory: () => new ProjectionProgress() }], exports: [ProjectionProgress] })
export class ProjectionProgressModule {}

/** ProjectionReads for the HTTP side, on the process's shared ProjectionProgress. */
@Module({})
export class ProjectionReadsModule {
  static forRoot(options: ProjectionReadsOptions = {}): DynamicModule {
    return {
      module: ProjectionReadsModule,
      global: true,
      imports: [ProjectionProgressModule],
      providers: [
        { provide: ProjectionReads, useFactory: (progress: ProjectionProgress) => new ProjectionReads(progress, options), inject: [ProjectionProgress] },
      ],
      exports: [ProjectionReads],
    };
  }
}
