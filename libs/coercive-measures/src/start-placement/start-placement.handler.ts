import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { PlacementState } from '../domain/placement.state';
import { PLACEMENT_STREAM } from '../placement-stream';
import { decide, StartPlacement } from './start-placement.decide';

export class StartPlacementCommand extends StreamCommand<StartPlacement, PlacementState> {}

@CommandHandler(StartPlacementCommand)
export class StartPlacementHandler extends StreamCommandHandler<StartPlacementCommand> {
  protected readonly stream = PLACEMENT_STREAM;
  protected readonly decide = decide;
}
