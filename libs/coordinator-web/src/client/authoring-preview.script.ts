/**
 * A version as the people who use it will see it: a card's steps as the coordinator's run lists them (who answers for
 * each, due how long after the start, what must come first), a plan as the crisis lead meets it at activation.
 */
export const AUTHORING_PREVIEW_JS = String.raw`
function cardPreview(card) {
  const titleOf = (id) => (card.steps.find((s) => s.id === id) || { title: id }).title;
  return h('div', { class: 'preview', id: 'card-preview' },
    h('p', { class: 'preview-card' }, h('strong', {}, card.title), ' · ', situationName(card.situation)),
    card.summary ? h('p', {}, card.summary) : null,
    h('ol', { class: 'steps' }, card.steps.map((s) => h('li', { class: 'step', 'data-step-id': s.id },
      h('h3', {}, s.title, s.mandatory ? null : h('span', { class: 'badge' }, w('authoring.optionalStep'))),
      h('p', {}, s.instructions),
      h('dl', { class: 'facts' },
        h('dt', {}, w('step.responsible')), h('dd', {}, responsibleName(s.responsibleRole)),
        h('dt', {}, w('step.due')), h('dd', { class: 'due' }, w('authoring.dueAfterStart', { duration: durationWords(s.deadlineMinutes) })),
        h('dt', {}, w('step.mandatory')), h('dd', {}, w(s.mandatory ? 'step.yes' : 'step.no')),
        h('dt', {}, w('step.noteRequired')), h('dd', {}, w(s.noteRequired ? 'step.yes' : 'step.no')),
        s.prerequisites.length ? [h('dt', {}, w('step.after')), h('dd', { class: 'after' }, s.prerequisites.map(titleOf).join(', '))] : null)))));
}

/** A plan's action cards by their titles, from the card library the page read. */
const cardTitle = (templateId) => ((page.templates || []).find((t) => t.templateId === templateId) || { title: w('authoring.unknownCard') }).title;

function planPreview(plan) {
  return h('div', { class: 'preview', id: 'plan-preview' },
    h('p', { class: 'preview-card' }, h('strong', {}, plan.title), ' · ', scenarioName(plan.scenario)),
    plan.summary ? h('p', {}, plan.summary) : null,
    h('dl', { class: 'facts' },
      h('dt', {}, w('authoring.plan.level')), h('dd', {}, planLevelName(plan.initialLevel)),
      h('dt', {}, w('authoring.plan.roles')), h('dd', {}, plan.roles.map(planRoleName).join(', ')),
      h('dt', {}, w('authoring.plan.cards')), h('dd', {}, plan.actionCardTemplateIds.length ? h('ul', {}, plan.actionCardTemplateIds.map((id) => h('li', {}, cardTitle(id)))) : w('authoring.plan.noCards')),
      h('dt', {}, w('authoring.preview.revisedEvery')), h('dd', {}, wn('authoring.days', plan.revisionIntervalDays))));
}
`;
