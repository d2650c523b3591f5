import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { decidePublishIndicator, INDICATOR_STREAM, IndicatorState, PublishIndicatorVersion } from '../domain/indicator';

export class PublishIndicatorVersionCommand extends StreamCommand<PublishIndicatorVersion, IndicatorState> {}

@CommandHandler(PublishIndicatorVersionCommand)
export class PublishIndicatorVersionHandler extends StreamCommandHandler<PublishIndicatorVersionCommand> {
  protected readonly stream = INDICATOR_STREAM;
  protected readonly decide = decidePublishIndicator;
}
