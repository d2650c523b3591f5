import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { decideActionStatus, decideAddAction, decideAnswer, decideDeadlines } from '../domain/action.decide';
import { ReviewState } from '../domain/review.state';
import { REVIEW_STREAM } from '../review-streams';

type Payload<D> = D extends (command: infer C, ...rest: never[]) => unknown ? C : never;

export class AddActionCommand extends StreamCommand<Payload<typeof decideAddAction>, ReviewState> {}
export class ChangeActionStatusCommand extends StreamCommand<Payload<typeof decideActionStatus>, ReviewState> {}
export class AnswerRecommendationCommand extends StreamCommand<Payload<typeof decideAnswer>, ReviewState> {}
/** The deadline workflow's command: record what is overdue or escalated now. */
export class RecordReviewDeadlinesCommand extends StreamCommand<{ reviewId: string; asOf: Date; graceHours: number }, ReviewState> {}

@CommandHandler(AddActionCommand)
export class AddActionHandler extends StreamCommandHandler<AddActionCommand> {
  protected readonly stream = REVIEW_STREAM;
  protected readonly decide = decideAddAction;
}
@CommandHandler(ChangeActionStatusCommand)
export class ChangeActionStatusHandler extends StreamCommandHandler<ChangeActionStatusCommand> {
  protected readonly stream = REVIEW_STREAM;
  protected readonly decide = decideActionStatus;
}
@CommandHandler(AnswerRecommendationCommand)
export class AnswerRecommendationHandler extends StreamCommandHandler<AnswerRecommendationCommand> {
  protected readonly stream = REVIEW_STREAM;
  protected readonly decide = decideAnswer;
}
@CommandHandler(RecordReviewDeadlinesCommand)
export class RecordReviewDeadlinesHandler extends StreamCommandHandler<RecordReviewDeadlinesCommand> {
  protected readonly stream = REVIEW_STREAM;
  protected readonly decide = (command: { reviewId: string; asOf: Date; graceHours: number }, state: ReviewState) =>
    decideDeadlines(command.reviewId, state, command.asOf, command.graceHours);
}

export const ACTION_COMMAND_HANDLERS = [AddActionHandler, ChangeActionStatusHandler, AnswerRecommendationHandler, RecordReviewDeadlinesHandler];
