import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { TEMPLATE_STREAM } from '../action-card-streams';
import { TemplateState } from '../domain/template.state';
import { decide, PublishTemplate } from './publish-template.decide';

export class PublishTemplateCommand extends StreamCommand<PublishTemplate, TemplateState> {}

@CommandHandler(PublishTemplateCommand)
export class PublishTemplateHandler extends StreamCommandHandler<PublishTemplateCommand> {
  protected readonly stream = TEMPLATE_STREAM;
  protected readonly decide = decide;
}
