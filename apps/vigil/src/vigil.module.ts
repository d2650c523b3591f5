import { DynamicModule, Module } from '@nestjs/common';
import { VigilConfig } from '@vigil/config';
import { Clock } from '@vigil/event-store';
import { ApiModule, contextWorkers } from '@vigil/platform';
import { ProofWorkerModule, proofSettings } from '@vigil/proof';
import { inProcessFeeds, KafkaFeedModule } from './integration-feed';

/** The whole system in one process: the HTTP API, every context's projections and workflows, the statistics feed. */
@Module({})
export class VigilModule {
  static forRoot(config: VigilConfig, databaseUrl: string, clock?: Clock): DynamicModule {
    return {
      module: VigilModule,
      imports: [
        ApiModule.forRoot(config, databaseUrl, clock),
        ...contextWorkers(inProcessFeeds(config)),
        KafkaFeedModule.forRoot(config),
        ProofWorkerModule.forRoot(proofSettings(config)),
      ],
    };
  }
}
