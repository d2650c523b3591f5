import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { PlacementState } from '../domain/placement.state';
import { PLACEMENT_STREAM } from '../placement-stream';
import { decide, RecordLegalReview } from './record-legal-review.decide';

export class RecordLegalReviewCommand extends StreamCommand<RecordLegalReview, PlacementState> {}

@CommandHandler(RecordLegalReviewCommand)
export class RecordLegalReviewHandler extends StreamCommandHandler<RecordLegalReviewCommand> {
  protected readonly stream = PLACEMENT_STREAM;
  protected readonly decide = decide;
}
