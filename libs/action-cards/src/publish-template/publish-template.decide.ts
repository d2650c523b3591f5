import { said } from '@vigil/event-sourcing';
import { ActionCardError } from '../domain/action-card.errors';
import { TemplateEvent } from '../domain/template.events';
import { TemplateState } from '../domain/template.state';

export interface PublishTemplate {
  templateId: string;
  actor: string;
}

/** The draft becomes version N for good; the version it replaces is marked superseded. */
export function decide(command: PublishTemplate, state: TemplateState, _now?: Date): TemplateEvent[] {
  if (state.status === 'none')
    throw new ActionCardError(
      'template-not-found',
      `No action card "${command.templateId}" exists`,
      'templateId',
      said('action-cards.template-not-found', { template: command.templateId }),
    );
  if (state.status === 'retired')
    throw new ActionCardError(
      'template-retired',
      `Action card "${command.templateId}" is retired`,
      'templateId',
      said('action-cards.already-retired', { template: command.templateId }),
    );
  if (!state.draft)
    throw new ActionCardError(
      'nothing-to-publish',
      `Action card "${command.templateId}" has no draft to publish`,
      'templateId',
      said('action-cards.nothing-to-publish', { template: command.templateId }),
    );
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
