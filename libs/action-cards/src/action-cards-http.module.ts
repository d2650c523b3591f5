import { Module } from '@nestjs/common';
import { AccessLog } from '@vigil/actors';
import { ActionCardsCommandsModule } from './action-cards-commands.module';
import { AssignStepController } from './assign-step/assign-step.controller';
import { CompleteStepController } from './complete-step/complete-step.controller';
import { ReplayController } from './crisis-activation-start/replay.controller';
import { DraftTemplateController } from './draft-template/draft-template.controller';
import { StartPolicyController } from './incident-start-policy/start-policy.controller';
import { LiveController } from './live/live.controller';
import { RunChangeFeed } from './live/run-change-feed';
import { PublishTemplateController } from './publish-template/publish-template.controller';
import { RunsQueriesController } from './read-models/runs/runs-queries.controller';
import { TemplatesQueriesController } from './read-models/templates/templates-queries.controller';
import { ReopenStepController } from './reopen-step/reopen-step.controller';
import { RetireTemplateController } from './retire-template/retire-template.controller';
import { SkipStepController } from './skip-step/skip-step.controller';
import { StartRunController } from './start-run/start-run.controller';

/** Action cards over HTTP: one controller per use case dispatching on the buses, live changes as SSE. */
@Module({
  imports: [ActionCardsCommandsModule],
  controllers: [
    DraftTemplateController,
    PublishTemplateController,
    RetireTemplateController,
    TemplatesQueriesController,
    StartRunController,
    AssignStepController,
    CompleteStepController,
    SkipStepController,
    ReopenStepController,
    RunsQueriesController,
    StartPolicyController,
    ReplayController,
    LiveController,
  ],
  providers: [RunChangeFeed, AccessLog],
})
export class ActionCardsHttpModule {}
