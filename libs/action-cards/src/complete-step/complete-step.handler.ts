import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { RUN_STREAM } from '../action-card-streams';
import { RunState } from '../domain/run.state';
import { decide, CompleteStep } from './complete-step.decide';

export class CompleteStepCommand extends StreamCommand<CompleteStep, RunState> {}

@CommandHandler(CompleteStepCommand)
export class CompleteStepHandler extends StreamCommandHandler<CompleteStepCommand> {
  protected readonly stream = RUN_STREAM;
  protected readonly decide = decide;
}
