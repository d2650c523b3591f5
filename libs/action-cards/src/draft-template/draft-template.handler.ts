import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { TEMPLATE_STREAM } from '../action-card-streams';
import { TemplateState } from '../domain/template.state';
import { decide, DraftTemplate } from './draft-template.decide';

export class DraftTemplateCommand extends StreamCommand<DraftTemplate, TemplateState> {}

@CommandHandler(DraftTemplateCommand)
export class DraftTemplateHandler extends StreamCommandHandler<DraftTemplateCommand> {
  protected readonly stream = TEMPLATE_STREAM;
  protected readonly decide = decide;
}
