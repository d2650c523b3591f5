import { Global, Module } from '@nestjs/common';
import { INCIDENT_COUNTS, SUBJECT_RECORDS } from '@vigil/learning-reviews';
import { EventStoreSubjectRecords } from './event-store-subject-records';
import { StatisticsIncidentCounts } from './statistics-incident-counts';

/**
 * What learning reviews declare and the composition root provides: the record of a review's subjects (incidents,
 * action-card runs, crisis activations, read from the event store) and monthly incident counts (the statistics' query).
 */
@Global()
@Module({
  providers: [
    { provide: SUBJECT_RECORDS, useClass: EventStoreSubjectRecords },
    { provide: INCIDENT_COUNTS, useClass: StatisticsIncidentCounts },
  ],
  exports: [SUBJECT_RECORDS, INCIDENT_COUNTS],
})
export class LearningAdaptersModule {}
