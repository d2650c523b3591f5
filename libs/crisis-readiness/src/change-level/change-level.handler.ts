import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { ACTIVATION_STREAM } from '../crisis-streams';
import { ActivationState } from '../domain/activation.state';
import { decide, ChangeLevel } from './change-level.decide';

export class ChangeLevelCommand extends StreamCommand<ChangeLevel, ActivationState> {}

@CommandHandler(ChangeLevelCommand)
export class ChangeLevelHandler extends StreamCommandHandler<ChangeLevelCommand> {
  protected readonly stream = ACTIVATION_STREAM;
  protected readonly decide = decide;
}
