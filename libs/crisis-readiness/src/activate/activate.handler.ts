import { CommandHandler } from '@nestjs/cqrs';
import { CommandOutcome, StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { ACTIVATION_STREAM, PLAN_STREAM, planStreamId } from '../crisis-streams';
import { ActivationState } from '../domain/activation.state';
import { Activate, decide } from './activate.decide';

/** What a caller asks for: the handler adds the plan as it stands at the moment of activation. */
export type ActivateRequest = Omit<Activate, 'plan'>;

export class ActivateCommand extends StreamCommand<ActivateRequest, ActivationState> {}

/** The activation with its plan read, as the decide sees it. */
class PinnedActivate extends StreamCommand<Activate, ActivationState> {}

@CommandHandler(ActivateCommand)
export class ActivateHandler extends StreamCommandHandler<PinnedActivate> {
  protected readonly stream = ACTIVATION_STREAM;
  protected readonly decide = decide;

  override async execute(command: ActivateCommand): Promise<CommandOutcome<ActivationState>> {
    const { state: plan } = await this.runner.load(planStreamId(command.payload.planId), PLAN_STREAM.model);
    return super.execute(new PinnedActivate({ ...command.payload, plan }, command.meta));
  }
}
