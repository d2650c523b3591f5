import { Module } from '@nestjs/common';
import { AccessLog } from '@vigil/actors';
import { CallDoctorController } from './call-doctor/call-doctor.controller';
import { PlacementCommandExecutor } from './command-handling/placement-command.executor';
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

/**
 * Coercive measures (security-cell placements) over HTTP. Its problem mapping is a filter on its own
 * controllers, so it does not compete with other contexts for the PROBLEM_MAPPERS token.
 */
@Module({
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
  providers: [PlacementCommandExecutor, RuleSetCatalogue, PlacementCaseQueries, PlacementTimelineQueries, AccessLog],
})
export class CoerciveMeasuresHttpModule {}
