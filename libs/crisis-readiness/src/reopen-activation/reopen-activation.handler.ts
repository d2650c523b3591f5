import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { ACTIVATION_STREAM } from '../crisis-streams';
import { ActivationState } from '../domain/activation.state';
import { decide, ReopenActivation } from './reopen-activation.decide';

export class ReopenActivationCommand extends StreamCommand<ReopenActivation, ActivationState> {}

@CommandHandler(ReopenActivationCommand)
export class ReopenActivationHandler extends StreamCommandHandler<ReopenActivationCommand> {
  protected readonly stream = ACTIVATION_STREAM;
  protected readonly decide = decide;
}
