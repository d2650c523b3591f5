import { Module } from '@nestjs/common';
import { PublishIndicatorVersionHandler } from './definitions/publish-indicator.handler';
import { STATISTICS_QUERY_HANDLERS } from './figures/statistics.queries';
import { ImportHistoricalIncidentHandler } from './imports/import-historical.handler';
import { PublishYearFiguresHandler } from './publications/publish-year.handler';
import { AssessGoalHandler, SetTargetPlanHandler } from './targets/target-plan.handlers';

const COMMAND_HANDLERS = [PublishIndicatorVersionHandler, SetTargetPlanHandler, AssessGoalHandler, PublishYearFiguresHandler, ImportHistoricalIncidentHandler];

/** The statistics context's command and query handlers. */
@Module({
  providers: [...COMMAND_HANDLERS, ...STATISTICS_QUERY_HANDLERS],
  exports: [...COMMAND_HANDLERS, ...STATISTICS_QUERY_HANDLERS],
})
export class StatisticsCommandsModule {}
