import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { PlacementState } from '../domain/placement.state';
import { PLACEMENT_STREAM } from '../placement-stream';
import { decide, HoldFollowUpConversation } from './hold-follow-up-conversation.decide';

export class HoldFollowUpConversationCommand extends StreamCommand<HoldFollowUpConversation, PlacementState> {}

@CommandHandler(HoldFollowUpConversationCommand)
export class HoldFollowUpConversationHandler extends StreamCommandHandler<HoldFollowUpConversationCommand> {
  protected readonly stream = PLACEMENT_STREAM;
  protected readonly decide = decide;
}
