import { Module } from '@nestjs/common';
import { ActivateHandler } from './activate/activate.handler';
import { ChangeLevelHandler } from './change-level/change-level.handler';
import { ConfirmPlanRevisionHandler } from './confirm-plan-revision/confirm-plan-revision.handler';
import { DraftPlanHandler } from './draft-plan/draft-plan.handler';
import { FillRoleHandler } from './fill-role/fill-role.handler';
import { LogCommunicationHandler } from './log-communication/log-communication.handler';
import { LogDecisionHandler } from './log-decision/log-decision.handler';
import { PublishPlanHandler } from './publish-plan/publish-plan.handler';
import { GetActivationHandler, GetCrisisBoardHandler, ListActivationsHandler } from './read-models/activations/activations.queries';
import { GetBoardPositionHandler } from './read-models/live/board-position.query';
import { GetPlanHandler, GetPlanVersionHandler, ListPlansHandler } from './read-models/plans/plans.queries';
import { ReplayActivationTimelineHandler } from './read-models/timeline/activation-timeline.queries';
import { RecordEvaluationHandler } from './record-evaluation/record-evaluation.handler';
import { ReopenActivationHandler } from './reopen-activation/reopen-activation.handler';
import { RetirePlanHandler } from './retire-plan/retire-plan.handler';
import { StandDownHandler } from './stand-down/stand-down.handler';

const COMMAND_HANDLERS = [
  DraftPlanHandler,
  PublishPlanHandler,
  ConfirmPlanRevisionHandler,
  RetirePlanHandler,
  ActivateHandler,
  FillRoleHandler,
  ChangeLevelHandler,
  LogDecisionHandler,
  LogCommunicationHandler,
  StandDownHandler,
  ReopenActivationHandler,
  RecordEvaluationHandler,
];
const QUERY_HANDLERS = [
  ListPlansHandler,
  GetPlanHandler,
  GetPlanVersionHandler,
  GetCrisisBoardHandler,
  ListActivationsHandler,
  GetActivationHandler,
  ReplayActivationTimelineHandler,
  GetBoardPositionHandler,
];

/** Crisis readiness's command and query handlers, for the API and for apps without HTTP alike. */
@Module({
  providers: [...COMMAND_HANDLERS, ...QUERY_HANDLERS],
  exports: [...COMMAND_HANDLERS, ...QUERY_HANDLERS],
})
export class CrisisReadinessCommandsModule {}
