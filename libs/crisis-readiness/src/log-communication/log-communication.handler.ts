import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { ACTIVATION_STREAM } from '../crisis-streams';
import { ActivationState } from '../domain/activation.state';
import { decide, LogCommunication } from './log-communication.decide';

export class LogCommunicationCommand extends StreamCommand<LogCommunication, ActivationState> {}

@CommandHandler(LogCommunicationCommand)
export class LogCommunicationHandler extends StreamCommandHandler<LogCommunicationCommand> {
  protected readonly stream = ACTIVATION_STREAM;
  protected readonly decide = decide;
}
