import { Module } from '@nestjs/common';
import { CoordinatorPageController } from './coordinator-page.controller';

/** The crisis coordinator's web page: the action-card board and one run, over the action-card HTTP API. */
@Module({ controllers: [CoordinatorPageController] })
export class CoordinatorWebModule {}
