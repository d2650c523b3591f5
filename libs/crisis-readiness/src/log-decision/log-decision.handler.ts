import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { ACTIVATION_STREAM } from '../crisis-streams';
import { ActivationState } from '../domain/activation.state';
import { decide, LogDecision } from './log-decision.decide';

export class LogDecisionCommand extends StreamCommand<LogDecision, ActivationState> {}

@CommandHandler(LogDecisionCommand)
export class LogDecisionHandler extends StreamCommandHandler<LogDecisionCommand> {
  protected readonly stream = ACTIVATION_STREAM;
  protected readonly decide = decide;
}
