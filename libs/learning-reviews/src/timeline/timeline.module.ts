import { Module } from '@nestjs/common';
import { AccessLog } from '@vigil/actors';
import { TimelineController } from './timeline.controller';
import { TIMELINE_QUERY_HANDLERS } from './timeline.queries';

/**
 * A review's timeline from the record of its subjects, and an activation's review. `SUBJECT_RECORDS` comes from the
 * composition root (libs/platform), which knows the other contexts' events; this context only declares the port.
 */
@Module({ controllers: [TimelineController], providers: [...TIMELINE_QUERY_HANDLERS, AccessLog] })
export class LearningTimelineModule {}
