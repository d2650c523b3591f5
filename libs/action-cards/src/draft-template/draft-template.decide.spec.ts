import { errorOf } from '@vigil/event-sourcing';
import { ACTOR, CARD, givenTemplate } from '../domain/action-card.test-kit';
import { TemplateEvent } from '../domain/template.events';
import { decide as publish } from '../publish-template/publish-template.decide';
import { decide as retire } from '../retire-template/retire-template.decide';
import { decide as draft } from './draft-template.decide';

const ID = 'violence-against-employee';
const drafted = (version: number, card = CARD): TemplateEvent => ({ type: 'action-cards.template-drafted.v1', data: { templateId: ID, version, card } });
const published = (version: number, card = CARD): TemplateEvent => ({ type: 'action-cards.template-published.v1', data: { templateId: ID, version, card } });
const revised = { ...CARD, title: 'Vold mod medarbejder (rev.)' };

describe('template lifecycle', () => {
  it('drafts a new card as version 1 and refuses the same id twice', () => {
    expect(draft({ templateId: ID, card: CARD, isNew: true, actor: ACTOR }, givenTemplate())).toEqual([drafted(1)]);
    expect(errorOf(() => draft({ templateId: ID, card: CARD, isNew: true, actor: ACTOR }, givenTemplate(drafted(1))))).toMatchObject({
      code: 'template-already-exists',
    });
  });

  it('publishes version 1, then drafts version 2 without touching version 1', () => {
    const state = givenTemplate(drafted(1));
    expect(publish({ templateId: ID, actor: ACTOR }, state)).toEqual([published(1)]);
    const next = draft({ templateId: ID, card: revised, isNew: false, actor: ACTOR }, givenTemplate(drafted(1), published(1)));
    expect(next).toEqual([drafted(2, revised)]);
  });

  it('publishing version 2 supersedes version 1, which keeps its card', () => {
    const events = publish({ templateId: ID, actor: ACTOR }, givenTemplate(drafted(1), published(1), drafted(2, revised)));
    expect(events).toEqual([
      published(2, revised),
      { type: 'action-cards.template-version-superseded.v1', data: { templateId: ID, version: 1, supersededBy: 2 } },
    ]);
    const state = givenTemplate(drafted(1), published(1), drafted(2, revised), ...events);
    expect(state).toMatchObject({
      status: 'published',
      currentVersion: 2,
      versions: [
        { version: 1, status: 'superseded', card: CARD },
        { version: 2, status: 'published' },
      ],
    });
  });

  it('redrafting replaces the draft of the same version; an unchanged card is refused', () => {
    expect(draft({ templateId: ID, card: revised, isNew: false, actor: ACTOR }, givenTemplate(drafted(1)))[0].data.version).toBe(1);
    expect(errorOf(() => draft({ templateId: ID, card: CARD, isNew: false, actor: ACTOR }, givenTemplate(drafted(1), published(1))))).toMatchObject({
      code: 'no-change',
    });
  });

  it('refuses to publish without a draft, and anything after retirement', () => {
    expect(errorOf(() => publish({ templateId: ID, actor: ACTOR }, givenTemplate(drafted(1), published(1))))).toMatchObject({ code: 'nothing-to-publish' });
    const retired = retire({ templateId: ID, reason: 'Erstattet af nyt kort', actor: ACTOR }, givenTemplate(drafted(1), published(1)));
    expect(retired[0].data).toEqual({ templateId: ID, version: 1, reason: 'Erstattet af nyt kort' });
    const state = givenTemplate(drafted(1), published(1), ...retired);
    expect(errorOf(() => draft({ templateId: ID, card: revised, isNew: false, actor: ACTOR }, state))).toMatchObject({ code: 'template-retired' });
    expect(errorOf(() => retire({ templateId: ID, reason: 'x', actor: ACTOR }, state))).toMatchObject({ code: 'template-retired' });
    expect(errorOf(() => retire({ templateId: ID, reason: ' ', actor: ACTOR }, givenTemplate(drafted(1))))).toMatchObject({
      code: 'reason-required',
      field: 'reason',
    });
  });
});
