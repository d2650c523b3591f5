/** The overview: every action card and readiness plan with its status in words, and where to start a new one. */
export const AUTHORING_LIST_JS = String.raw`
async function showList(generation) {
  document.title = w('authoring.heading') + ' · Vigil';
  fill($('main'), h('h1', {}, w('authoring.heading')), h('p', { class: 'lead' }, w('authoring.lead')), readOnlyNote(),
    h('p', { id: 'list-status', role: 'status' }, w('authoring.loading')));
  const [cards, plans] = await Promise.all([api('GET', '/action-card-templates'), api('GET', '/crisis-plans')]);
  if (generation !== currentGeneration) return;
  if (cards.status === 403 || plans.status === 403) return fill($('list-status'), w('authoring.noRead'));
  $('list-status').remove();
  $('main').append(
    listSection('cards', w('authoring.cards.heading'), '#new-card', w('authoring.cards.new'), cards, cardsTable),
    listSection('plans', w('authoring.plans.heading'), '#new-plan', w('authoring.plans.new'), plans, plansTable));
}

function listSection(id, heading, newHref, newText, res, table) {
  const items = res.ok ? res.body.items : [];
  return h('section', { id: id, class: 'authoring-section', 'aria-labelledby': id + '-heading' },
    h('h2', { id: id + '-heading' }, heading),
    mayAuthor() ? h('p', {}, h('a', { href: newHref, class: 'new-link' }, newText)) : null,
    !res.ok ? h('p', { class: 'problem' }, w('authoring.listFailed') + problemText(res))
      : items.length ? table(items) : h('p', {}, w('authoring.none')));
}

function cardsTable(items) {
  return h('table', { id: 'cards-table' },
    h('caption', {}, w('authoring.cards.caption')),
    h('thead', {}, h('tr', {}, [w('authoring.col.card'), w('authoring.col.situation'), w('authoring.col.status'), w('authoring.col.changed')].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, items.map((t) => h('tr', { 'data-template-id': t.templateId, 'data-status': t.status },
      h('th', { scope: 'row' }, h('a', { href: '/authoring/templates/' + t.templateId }, t.title)),
      h('td', {}, situationName(t.situation)),
      h('td', { class: 'status-words' }, statusWords(t)),
      h('td', {}, when(t.updatedAt))))));
}

function plansTable(items) {
  return h('table', { id: 'plans-table' },
    h('caption', {}, w('authoring.plans.caption')),
    h('thead', {}, h('tr', {}, [w('authoring.col.plan'), w('authoring.col.scenario'), w('authoring.col.status'), w('authoring.col.revision')].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, items.map((p) => h('tr', { 'data-plan-id': p.planId, 'data-status': p.status },
      h('th', { scope: 'row' }, h('a', { href: '/authoring/plans/' + p.planId }, p.title)),
      h('td', {}, scenarioName(p.scenario)),
      h('td', { class: 'status-words' }, statusWords(p)),
      h('td', { class: p.revisionOverdue ? 'overdue' : null }, revisionWords(p))))));
}

/** When a published plan is due for revision, overdue said in words too. */
function revisionWords(plan) {
  if (!plan.revisionDueAt) return '';
  return w(plan.revisionOverdue ? 'authoring.revision.overdue' : 'authoring.revision.due', { date: dateWords(plan.revisionDueAt) });
}
`;
