import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { RUN_STREAM } from '../action-card-streams';
import { RunState } from '../domain/run.state';
import { decide, SkipStep } from './skip-step.decide';

export class SkipStepCommand extends StreamCommand<SkipStep, RunState> {}

@CommandHandler(SkipStepCommand)
export class SkipStepHandler extends StreamCommandHandler<SkipStepCommand> {
  protected readonly stream = RUN_STREAM;
  protected readonly decide = decide;
}
