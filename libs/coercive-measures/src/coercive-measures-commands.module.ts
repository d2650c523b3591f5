import { Module } from '@nestjs/common';
import { CallDoctorHandler } from './call-doctor/call-doctor.handler';
import { EndPlacementHandler } from './end-placement/end-placement.handler';
import { HoldFollowUpConversationHandler } from './hold-follow-up-conversation/hold-follow-up-conversation.handler';
import { PublishRuleSetHandler } from './publish-rule-set/publish-rule-set.handler';
import { RecordDoctorArrivalHandler } from './record-doctor-arrival/record-doctor-arrival.handler';
import { RecordLegalReviewHandler } from './record-legal-review/record-legal-review.handler';
import { RecordManagementReviewHandler } from './record-management-review/record-management-review.handler';
import { RecordObservationNoteHandler } from './record-observation-note/record-observation-note.handler';
import { StartPlacementHandler } from './start-placement/start-placement.handler';

const COMMAND_HANDLERS = [
  StartPlacementHandler,
  RecordObservationNoteHandler,
  CallDoctorHandler,
  RecordDoctorArrivalHandler,
  EndPlacementHandler,
  HoldFollowUpConversationHandler,
  RecordManagementReviewHandler,
  RecordLegalReviewHandler,
  PublishRuleSetHandler,
];

/** Coercive measures' command handlers, one per use case, each running its decide through the kernel's runner. */
@Module({
  providers: COMMAND_HANDLERS,
  exports: COMMAND_HANDLERS,
})
export class CoerciveMeasuresCommandsModule {}
