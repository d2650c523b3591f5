import { Module } from '@nestjs/common';
import { AccessLog } from '@vigil/actors';
import { ActivateController } from './activate/activate.controller';
import { ChangeLevelController } from './change-level/change-level.controller';
import { ConfirmPlanRevisionController } from './confirm-plan-revision/confirm-plan-revision.controller';
import { CrisisReadinessCommandsModule } from './crisis-readiness-commands.module';
import { DraftPlanController } from './draft-plan/draft-plan.controller';
import { FillRoleController } from './fill-role/fill-role.controller';
import { LogCommunicationController } from './log-communication/log-communication.controller';
import { LogDecisionController } from './log-decision/log-decision.controller';
import { PublishPlanController } from './publish-plan/publish-plan.controller';
import { ActivationsQueriesController } from './read-models/activations/activations-queries.controller';
import { BoardChangeFeed } from './read-models/live/board-change-feed';
import { BoardLiveController } from './read-models/live/board-live.controller';
import { PlansQueriesController } from './read-models/plans/plans-queries.controller';
import { RecordEvaluationController } from './record-evaluation/record-evaluation.controller';
import { ReopenActivationController } from './reopen-activation/reopen-activation.controller';
import { RetirePlanController } from './retire-plan/retire-plan.controller';
import { StandDownController } from './stand-down/stand-down.controller';

/**
 * Crisis readiness over HTTP: plans, activations and their logs, the board (also live) and the
 * auditor's timeline; one controller per use case, dispatching on the buses.
 */
@Module({
  imports: [CrisisReadinessCommandsModule],
  controllers: [
    DraftPlanController,
    PublishPlanController,
    ConfirmPlanRevisionController,
    RetirePlanController,
    PlansQueriesController,
    ActivateController,
    FillRoleController,
    ChangeLevelController,
    LogDecisionController,
    LogCommunicationController,
    StandDownController,
    ReopenActivationController,
    RecordEvaluationController,
    BoardLiveController,
    ActivationsQueriesController,
  ],
  providers: [BoardChangeFeed, AccessLog],
})
export class CrisisReadinessHttpModule {}
