import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { RUN_STREAM } from '../action-card-streams';
import { RunState } from '../domain/run.state';
import { decide, ReopenStep } from './reopen-step.decide';

export class ReopenStepCommand extends StreamCommand<ReopenStep, RunState> {}

@CommandHandler(ReopenStepCommand)
export class ReopenStepHandler extends StreamCommandHandler<ReopenStepCommand> {
  protected readonly stream = RUN_STREAM;
  protected readonly decide = decide;
}
