import { ActionCardError } from '../domain/action-card.errors';
import { SLUG } from '../domain/action-card.vocabulary';
import { canonicalJson, said } from '@vigil/event-sourcing';
import { CardInput, normaliseCard } from '../domain/card';
import { TemplateDrafted } from '../domain/template.events';
import { currentVersion, TemplateState } from '../domain/template.state';
import { templateRefusal } from '../domain/template-refusals';

export interface DraftTemplate {
  templateId: string;
  card: CardInput;
  /** True for "create a new card": refused when the id is taken. */
  isNew: boolean;
  actor: string;
}

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/** Writes the next version of a card as a draft; drafting again replaces the draft, never a published version. */
export function decide(command: DraftTemplate, state: TemplateState, _now?: Date): TemplateDrafted[] {
  if (!SLUG.test(command.templateId))
    throw new ActionCardError('invalid-value', 'templateId must be a slug such as violence-against-employee', 'templateId', said('refusal.slug'));
  if (command.isNew && state.status !== 'none') throw templateRefusal.exists(command.templateId);
  if (state.status === 'none' && !command.isNew) throw templateRefusal.notFound(command.templateId);
  if (state.status === 'retired') throw templateRefusal.retired(command.templateId);
  const card = normaliseCard(command.card);
  const published = currentVersion(state);
  const draft = state.status === 'none' ? null : state.draft;
  if (draft ? same(draft.card, card) : published && same(published.card, card)) {
    throw new ActionCardError('no-change', 'The card is the same as the current draft or version', 'steps', said('action-cards.draft-unchanged'));
  }
  const version = draft?.version ?? (state.status === 'none' ? 1 : Math.max(0, ...state.versions.map((v) => v.version)) + 1);
  return [{ type: 'action-cards.template-drafted.v1', data: { templateId: command.templateId, version, card } }];
}
