import { Module } from '@nestjs/common';
import { AssignStepHandler } from './assign-step/assign-step.handler';
import { CompleteStepHandler } from './complete-step/complete-step.handler';
import { ReplayActivationHandler } from './crisis-activation-start/replay.queries';
import { RecordDeadlinesHandler } from './deadlines/record-deadlines.handler';
import { DraftTemplateHandler } from './draft-template/draft-template.handler';
import { GetStartPolicyHandler } from './incident-start-policy/start-policy.queries';
import { PublishTemplateHandler } from './publish-template/publish-template.handler';
import { GetBoardHandler } from './read-models/runs/board.queries';
import { GetFiguresHandler } from './read-models/runs/figures.queries';
import { GetRunDetailHandler } from './read-models/runs/run-detail.queries';
import { GetTemplateHandler, GetTemplateVersionHandler, ListTemplatesHandler } from './read-models/templates/templates.queries';
import { ReopenStepHandler } from './reopen-step/reopen-step.handler';
import { RetireTemplateHandler } from './retire-template/retire-template.handler';
import { SkipStepHandler } from './skip-step/skip-step.handler';
import { StartRunHandler } from './start-run/start-run.handler';

const COMMAND_HANDLERS = [
  DraftTemplateHandler,
  PublishTemplateHandler,
  RetireTemplateHandler,
  StartRunHandler,
  AssignStepHandler,
  CompleteStepHandler,
  SkipStepHandler,
  ReopenStepHandler,
  RecordDeadlinesHandler,
];
const QUERY_HANDLERS = [
  ListTemplatesHandler,
  GetTemplateHandler,
  GetTemplateVersionHandler,
  GetBoardHandler,
  GetRunDetailHandler,
  GetFiguresHandler,
  ReplayActivationHandler,
  GetStartPolicyHandler,
];

/** The action cards' command and query handlers, for the API and for the worker's workflow alike. */
@Module({
  providers: [...COMMAND_HANDLERS, ...QUERY_HANDLERS],
  exports: [...COMMAND_HANDLERS, ...QUERY_HANDLERS],
})
export class ActionCardsCommandsModule {}
