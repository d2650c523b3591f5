import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { ACTIVATION_STREAM } from '../crisis-streams';
import { ActivationState } from '../domain/activation.state';
import { decide, FillRole } from './fill-role.decide';

export class FillRoleCommand extends StreamCommand<FillRole, ActivationState> {}

@CommandHandler(FillRoleCommand)
export class FillRoleHandler extends StreamCommandHandler<FillRoleCommand> {
  protected readonly stream = ACTIVATION_STREAM;
  protected readonly decide = decide;
}
