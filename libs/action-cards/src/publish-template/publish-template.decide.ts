import { TemplateEvent } from '../domain/template.events';
import { TemplateState } from '../domain/template.state';
import { templateRefusal } from '../domain/template-refusals';

export interface PublishTemplate {
  templateId: string;
  actor: string;
}

/** The draft becomes version N for good; the version it replaces is marked superseded. */
export function decide(command: PublishTemplate, state: TemplateState, _now?: Date): TemplateEvent[] {
  if (state.status === 'none') throw templateRefusal.notFound(command.templateId);
  if (state.status === 'retired') throw templateRefusal.retired(command.templateId);
  if (!state.draft) throw templateRefusal.nothingToPublish(command.templateId);
  const { version, card } = state.draft;
  const events: TemplateEvent[] = [{ type: 'action-cards.template-published.v1', data: { templateId: command.templateId, version, card } }];
  if (state.status === 'published') {
    events.push({
      type: 'action-cards.template-version-superseded.v1',
      data: { templateId: command.templateId, version: state.currentVersion, supersededBy: version },
    });
  }
  return events;
}
