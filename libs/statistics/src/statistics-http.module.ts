import { Module } from '@nestjs/common';
import { PublishIndicatorController } from './definitions/publish-indicator.controller';
import { StatisticsReadsController } from './http/statistics-reads.controller';
import { IncidentCountsController } from './http/incident-counts.controller';
import { ImportHistoricalController } from './imports/import-historical.controller';
import { PublishYearController } from './publications/publish-year.controller';
import { StatisticsCommandsModule } from './statistics-commands.module';
import { TargetPlanController } from './targets/target-plan.controller';

/** The safety partnership's statistics over HTTP: definitions, figures, revisions, targets, publications and imports. */
@Module({
  imports: [StatisticsCommandsModule],
  controllers: [
    StatisticsReadsController,
    IncidentCountsController,
    PublishIndicatorController,
    TargetPlanController,
    PublishYearController,
    ImportHistoricalController,
  ],
})
export class StatisticsHttpModule {}
