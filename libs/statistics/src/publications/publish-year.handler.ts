import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { decidePublishYear, PublicationState, PublishYearFigures } from '../domain/year-publication';
import { PUBLICATION_STREAM } from '../statistics-streams';

export class PublishYearFiguresCommand extends StreamCommand<PublishYearFigures, PublicationState> {}

@CommandHandler(PublishYearFiguresCommand)
export class PublishYearFiguresHandler extends StreamCommandHandler<PublishYearFiguresCommand> {
  protected readonly stream = PUBLICATION_STREAM;
  protected readonly decide = decidePublishYear;
}
