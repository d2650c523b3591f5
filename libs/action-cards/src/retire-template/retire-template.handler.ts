import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { TEMPLATE_STREAM } from '../action-card-streams';
import { TemplateState } from '../domain/template.state';
import { decide, RetireTemplate } from './retire-template.decide';

export class RetireTemplateCommand extends StreamCommand<RetireTemplate, TemplateState> {}

@CommandHandler(RetireTemplateCommand)
export class RetireTemplateHandler extends StreamCommandHandler<RetireTemplateCommand> {
  protected readonly stream = TEMPLATE_STREAM;
  protected readonly decide = decide;
}
