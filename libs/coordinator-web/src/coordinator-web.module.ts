import { Module } from '@nestjs/common';
import { AuditPageController } from './audit-page.controller';
import { AuthoringPageController } from './authoring-page.controller';
import { CoordinatorPageController } from './coordinator-page.controller';
import { CrisisPageController } from './crisis-page.controller';
import { LearningPageController } from './learning-page.controller';
import { StatisticsPageController } from './statistics-page.controller';

/**
 * The web pages over the HTTP API: the crisis coordinator's action-card board and runs, the crisis board and activations,
 * the auditors' access log, the safety partnership's statistics and learning reviews, and where cards and plans are authored.
 */
@Module({
  controllers: [
    CoordinatorPageController,
    CrisisPageController,
    AuditPageController,
    StatisticsPageController,
    LearningPageController,
    AuthoringPageController,
  ],
})
export class CoordinatorWebModule {}
