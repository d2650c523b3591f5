import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { ACTIVATION_STREAM } from '../crisis-streams';
import { ActivationState } from '../domain/activation.state';
import { decide, StandDown } from './stand-down.decide';

export class StandDownCommand extends StreamCommand<StandDown, ActivationState> {}

@CommandHandler(StandDownCommand)
export class StandDownHandler extends StreamCommandHandler<StandDownCommand> {
  protected readonly stream = ACTIVATION_STREAM;
  protected readonly decide = decide;
}
