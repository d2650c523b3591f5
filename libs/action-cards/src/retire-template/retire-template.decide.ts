import { said } from '@vigil/event-sourcing';
import { ActionCardError } from '../domain/action-card.errors';
import { requireText } from '../domain/run.rules';
import { TemplateRetired } from '../domain/template.events';
import { TemplateState } from '../domain/template.state';

export interface RetireTemplate {
  templateId: string;
  reason: string;
  actor: string;
}

/** Withdraws a card: no new runs start from it, runs under way keep their pinned version. */
export function decide(command: RetireTemplate, state: TemplateState, _now?: Date): TemplateRetired[] {
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
      `Action card "${command.templateId}" is already retired`,
      'templateId',
      said('action-cards.already-retired', { template: command.templateId }),
    );
  const reason = requireText(command.reason, 'reason', 'reason-required');
  const version = state.status === 'published' ? state.currentVersion : null;
  return [{ type: 'action-cards.template-retired.v1', data: { templateId: command.templateId, version, reason } }];
}
