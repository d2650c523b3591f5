import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { decidePublishIndicator, IndicatorState, PublishIndicatorVersion } from '../domain/indicator';
import { INDICATOR_STREAM } from '../statistics-streams';

export class PublishIndicatorVersionCommand extends StreamCommand<PublishIndicatorVersion, IndicatorState> {}

@CommandHandler(PublishIndicatorVersionCommand)
export class PublishIndicatorVersionHandler extends StreamCommandHandler<PublishIndicatorVersionCommand> {
  protected readonly stream = INDICATOR_STREAM;
  protected readonly decide = decidePublishIndicator;
}
