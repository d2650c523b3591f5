import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { PlacementState } from '../domain/placement.state';
import { PLACEMENT_STREAM } from '../placement-stream';
import { decide, EndPlacement } from './end-placement.decide';

export class EndPlacementCommand extends StreamCommand<EndPlacement, PlacementState> {}

@CommandHandler(EndPlacementCommand)
export class EndPlacementHandler extends StreamCommandHandler<EndPlacementCommand> {
  protected readonly stream = PLACEMENT_STREAM;
  protected readonly decide = decide;
}
