import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { RUN_STREAM } from '../action-card-streams';
import { RunState } from '../domain/run.state';
import { decide, AssignStep } from './assign-step.decide';

export class AssignStepCommand extends StreamCommand<AssignStep, RunState> {}

@CommandHandler(AssignStepCommand)
export class AssignStepHandler extends StreamCommandHandler<AssignStepCommand> {
  protected readonly stream = RUN_STREAM;
  protected readonly decide = decide;
}
