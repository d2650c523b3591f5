import { Module } from '@nestjs/common';
import { StatisticsFeedController } from './statistics-feed.controller';

@Module({ controllers: [StatisticsFeedController] })
export class StatisticsFeedHttpModule {}
