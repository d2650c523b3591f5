import { DynamicModule, Module } from '@nestjs/common';
import { VigilConfig } from '@vigil/config';
import { Clock } from '@vigil/event-store';
import { INCIDENT_PROJECTIONS } from '@vigil/incidents';
import { CRISIS_READINESS_PROJECTIONS } from '@vigil/crisis-readiness';
import { ACTION_CARD_PROJECTIONS, ActionCardsWorkerModule } from '@vigil/action-cards';
import { COERCIVE_MEASURE_PROJECTIONS } from '@vigil/coercive-measures';
import { ReassessmentDeadlineWorkerModule, RISK_ASSESSMENT_PROJECTIONS } from '@vigil/risk-assessments';
import { ProjectionWorkerModule } from '@vigil/projections';
import { ApiModule } from '../../api/src/api.module';
import { inProcessFeeds, KafkaFeedModule } from './integration-feed';

/** The whole system in one process: the HTTP API and the projection worker. */
@Module({})
export class VigilModule {
  static forRoot(config: VigilConfig, databaseUrl: string, clock?: Clock): DynamicModule {
    return {
      module: VigilModule,
      imports: [ApiModule.forRoot(config, databaseUrl, clock), ProjectionWorkerModule.forRoot([...INCIDENT_PROJECTIONS, ...CRISIS_READINESS_PROJECTIONS, ...ACTION_CARD_PROJECTIONS, ...COERCIVE_MEASURE_PROJECTIONS, ...RISK_ASSESSMENT_PROJECTIONS, ...inProcessFeeds(config)]), KafkaFeedModule.forRoot(config), ReassessmentDeadlineWorkerModule.forRoot(), ActionCardsWorkerModule.forRoot()],
    };
  }
}
