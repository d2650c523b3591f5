import { Module } from '@nestjs/common';
import { AuditPageController } from './audit-page.controller';
import { CoordinatorPageController } from './coordinator-page.controller';
import { CrisisPageController } from './crisis-page.controller';

/** The crisis coordinator's web pages: the action-card board and runs, the crisis board and activations, and the auditors' access log, over the HTTP API. */
@Module({ controllers: [CoordinatorPageController, CrisisPageController, AuditPageController] })
export class CoordinatorWebModule {}
