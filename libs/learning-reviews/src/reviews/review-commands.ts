import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import {
  decideAddendum,
  decideAddParticipant,
  decideDraftSummary,
  decideMarkMoment,
  decidePublish,
  decideRecordItem,
  decideRequire,
  decideSignOff,
  decideStart,
  decideUnmarkMoment,
  decideWithdrawItem,
} from '../domain/review.decide';
import { ReviewState } from '../domain/review.state';
import { REVIEW_STREAM } from '../review-streams';

type Payload<D> = D extends (command: infer C, ...rest: never[]) => unknown ? C : never;

export class RequireReviewCommand extends StreamCommand<Payload<typeof decideRequire>, ReviewState> {}
export class StartReviewCommand extends StreamCommand<Payload<typeof decideStart>, ReviewState> {}
export class AddParticipantCommand extends StreamCommand<Payload<typeof decideAddParticipant>, ReviewState> {}
export class MarkMomentCommand extends StreamCommand<Payload<typeof decideMarkMoment>, ReviewState> {}
export class UnmarkMomentCommand extends StreamCommand<Payload<typeof decideUnmarkMoment>, ReviewState> {}
export class RecordItemCommand extends StreamCommand<Payload<typeof decideRecordItem>, ReviewState> {}
export class WithdrawItemCommand extends StreamCommand<Payload<typeof decideWithdrawItem>, ReviewState> {}
export class DraftSummaryCommand extends StreamCommand<Payload<typeof decideDraftSummary>, ReviewState> {}
export class SignOffCommand extends StreamCommand<Payload<typeof decideSignOff>, ReviewState> {}
export class PublishReviewCommand extends StreamCommand<Payload<typeof decidePublish>, ReviewState> {}
export class AddAddendumCommand extends StreamCommand<Payload<typeof decideAddendum>, ReviewState> {}

@CommandHandler(RequireReviewCommand)
export class RequireReviewHandler extends StreamCommandHandler<RequireReviewCommand> {
  protected readonly stream = REVIEW_STREAM;
  protected readonly decide = decideRequire;
}
@CommandHandler(StartReviewCommand)
export class StartReviewHandler extends StreamCommandHandler<StartReviewCommand> {
  protected readonly stream = REVIEW_STREAM;
  protected readonly decide = decideStart;
}
@CommandHandler(AddParticipantCommand)
export class AddParticipantHandler extends StreamCommandHandler<AddParticipantCommand> {
  protected readonly stream = REVIEW_STREAM;
  protected readonly decide = decideAddParticipant;
}
@CommandHandler(MarkMomentCommand)
export class MarkMomentHandler extends StreamCommandHandler<MarkMomentCommand> {
  protected readonly stream = REVIEW_STREAM;
  protected readonly decide = decideMarkMoment;
}
@CommandHandler(UnmarkMomentCommand)
export class UnmarkMomentHandler extends StreamCommandHandler<UnmarkMomentCommand> {
  protected readonly stream = REVIEW_STREAM;
  protected readonly decide = decideUnmarkMoment;
}
@CommandHandler(RecordItemCommand)
export class RecordItemHandler extends StreamCommandHandler<RecordItemCommand> {
  protected readonly stream = REVIEW_STREAM;
  protected readonly decide = decideRecordItem;
}
@CommandHandler(WithdrawItemCommand)
export class WithdrawItemHandler extends StreamCommandHandler<WithdrawItemCommand> {
  protected readonly stream = REVIEW_STREAM;
  protected readonly decide = decideWithdrawItem;
}
@CommandHandler(DraftSummaryCommand)
export class DraftSummaryHandler extends StreamCommandHandler<DraftSummaryCommand> {
  protected readonly stream = REVIEW_STREAM;
  protected readonly decide = decideDraftSummary;
}
@CommandHandler(SignOffCommand)
export class SignOffHandler extends StreamCommandHandler<SignOffCommand> {
  protected readonly stream = REVIEW_STREAM;
  protected readonly decide = decideSignOff;
}
@CommandHandler(PublishReviewCommand)
export class PublishReviewHandler extends StreamCommandHandler<PublishReviewCommand> {
  protected readonly stream = REVIEW_STREAM;
  protected readonly decide = decidePublish;
}
@CommandHandler(AddAddendumCommand)
export class AddAddendumHandler extends StreamCommandHandler<AddAddendumCommand> {
  protected readonly stream = REVIEW_STREAM;
  protected readonly decide = decideAddendum;
}

export const REVIEW_COMMAND_HANDLERS = [
  RequireReviewHandler,
  StartReviewHandler,
  AddParticipantHandler,
  MarkMomentHandler,
  UnmarkMomentHandler,
  RecordItemHandler,
  WithdrawItemHandler,
  DraftSummaryHandler,
  SignOffHandler,
  PublishReviewHandler,
  AddAddendumHandler,
];
