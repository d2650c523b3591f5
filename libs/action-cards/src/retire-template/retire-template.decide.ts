import { requireText } from '../domain/run.rules';
import { TemplateRetired } from '../domain/template.events';
import { TemplateState } from '../domain/template.state';
import { templateRefusal } from '../domain/template-refusals';

export interface RetireTemplate {
  templateId: string;
  reason: string;
  actor: string;
}

/** Withdraws a card: no new runs start from it, runs under way keep their pinned version. */
export function decide(command: RetireTemplate, state: TemplateState, _now?: Date): TemplateRetired[] {
  if (state.status === 'none') throw templateRefusal.notFound(command.templateId);
  if (state.status === 'retired') throw templateRefusal.retired(command.templateId, true);
  const reason = requireText(command.reason, 'reason', 'reason-required');
  const version = state.status === 'published' ? state.currentVersion : null;
  return [{ type: 'action-cards.template-retired.v1', data: { templateId: command.templateId, version, reason } }];
}
