import { Module } from '@nestjs/common';
import { AccessLog } from '@vigil/actors';
import { CallDoctorController } from './call-doctor/call-doctor.controller';
import { CoerciveMeasuresCommandsModule } from './coercive-measures-commands.module';
import { EndPlacementController } from './end-placement/end-placement.controller';
import { HoldFollowUpConversationController } from './hold-follow-up-conversation/hold-follow-up-conversation.controller';
import { PublishRuleSetController } from './publish-rule-set/publish-rule-set.controller';
import { CoerciveMeasureQueriesController } from './read-models/coercive-measure-queries.controller';
import { PlacementCaseQueries } from './read-models/placement-cases/placement-case.queries';
import { PlacementTimelineQueries } from './read-models/placement-timeline/placement-timeline.queries';
import { RecordDoctorArrivalController } from './record-doctor-arrival/record-doctor-arrival.controller';
import { RecordLegalReviewController } from './record-legal-review/record-legal-review.controller';
import { RecordManagementReviewController } from './record-management-review/record-management-review.controller';
import { RecordObservationNoteController } from './record-observation-note/record-observation-note.controller';
import { RuleSetCatalogue } from './rule-sets/rule-set.catalogue';
import { StartPlacementController } from './start-placement/start-placement.controller';

/** Coercive measures (security-cell placements) over HTTP: one controller per use case dispatching on the CommandBus, reads for auditors. */
@Module({
  imports: [CoerciveMeasuresCommandsModule],
  controllers: [
    StartPlacementController,
    RecordObservationNoteController,
    CallDoctorController,
    RecordDoctorArrivalController,
    EndPlacementController,
    HoldFollowUpConversationController,
    RecordManagementReviewController,
    RecordLegalReviewController,
    PublishRuleSetController,
    CoerciveMeasureQueriesController,
  ],
  providers: [RuleSetCatalogue, PlacementCaseQueries, PlacementTimelineQueries, AccessLog],
})
export class CoerciveMeasuresHttpModule {}
