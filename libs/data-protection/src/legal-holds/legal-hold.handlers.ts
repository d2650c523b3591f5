import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { SUBJECT_STREAM } from '../data-protection-streams';
import { decideLiftHold, decidePlaceHold, LiftLegalHold, PlaceLegalHold } from '../domain/subject.decide';
import { SubjectState } from '../domain/subject.state';

export class PlaceLegalHoldCommand extends StreamCommand<PlaceLegalHold, SubjectState> {}
export class LiftLegalHoldCommand extends StreamCommand<LiftLegalHold, SubjectState> {}

@CommandHandler(PlaceLegalHoldCommand)
export class PlaceLegalHoldHandler extends StreamCommandHandler<PlaceLegalHoldCommand> {
  protected readonly stream = SUBJECT_STREAM;
  protected readonly decide = decidePlaceHold;
}

@CommandHandler(LiftLegalHoldCommand)
export class LiftLegalHoldHandler extends StreamCommandHandler<LiftLegalHoldCommand> {
  protected readonly stream = SUBJECT_STREAM;
  protected readonly decide = decideLiftHold;
}
