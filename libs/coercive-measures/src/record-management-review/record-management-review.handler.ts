import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { PlacementState } from '../domain/placement.state';
import { PLACEMENT_STREAM } from '../placement-stream';
import { decide, RecordManagementReview } from './record-management-review.decide';

export class RecordManagementReviewCommand extends StreamCommand<RecordManagementReview, PlacementState> {}

@CommandHandler(RecordManagementReviewCommand)
export class RecordManagementReviewHandler extends StreamCommandHandler<RecordManagementReviewCommand> {
  protected readonly stream = PLACEMENT_STREAM;
  protected readonly decide = decide;
}
