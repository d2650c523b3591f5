import { Module } from '@nestjs/common';
import { CoordinatorPageController } from './coordinator-page.controller';
import { CrisisPageController } from './crisis-page.controller';

/** The crisis coordinator's web pages: the action-card board and runs, and the crisis board and activations, over the HTTP API. */
@Module({ controllers: [CoordinatorPageController, CrisisPageController] })
export class CoordinatorWebModule {}
