/** What cardDiff and planDiff (authoring-diff.ts) found, in words: steps by title, each changed field said as a change. */
export const AUTHORING_DIFF_VIEW_JS = String.raw`
const quoted = (text) => w('authoring.quote', { text: text });
const quotedList = (titles) => titles.map(quoted).join(', ');

function cardDiffView(diff) {
  if (cardDiffIsEmpty(diff)) return h('p', { class: 'diff-none' }, w('authoring.diff.none'));
  return h('ul', { class: 'diff', id: 'diff-list' },
    diff.card.map((c) => h('li', { 'data-change': 'card' }, cardFieldChange(c))),
    diff.added.map((s) => h('li', { 'data-change': 'added', class: 'diff-added' }, w('authoring.diff.stepAdded', { step: quoted(s.title) }))),
    diff.removed.map((s) => h('li', { 'data-change': 'removed', class: 'diff-removed' }, w('authoring.diff.stepRemoved', { step: quoted(s.title) }))),
    diff.changed.map((s) => h('li', { 'data-change': 'changed', class: 'diff-changed' },
      w('authoring.diff.stepChanged', { step: quoted(s.title) }),
      h('ul', {}, s.changes.map((c) => h('li', { 'data-field': c.field }, stepFieldChange(c)))))));
}

function cardFieldChange(c) {
  if (c.field === 'title') return w('authoring.diff.cardTitle', { from: quoted(c.from), to: quoted(c.to) });
  if (c.field === 'situation') return w('authoring.diff.situation', { from: situationName(c.from), to: situationName(c.to) });
  return w('authoring.diff.summary');
}

function stepFieldChange(c) {
  switch (c.field) {
    case 'title': return w('authoring.diff.title', { from: quoted(c.from), to: quoted(c.to) });
    case 'instructions': return w('authoring.diff.instructions');
    case 'responsibleRole': return w('authoring.diff.responsible', { from: responsibleName(c.from), to: responsibleName(c.to) });
    case 'deadlineMinutes': return w('authoring.diff.due', { from: durationWords(c.from), to: durationWords(c.to) });
    case 'mandatory': return w(c.to ? 'authoring.diff.nowMandatory' : 'authoring.diff.nowOptional');
    case 'noteRequired': return w(c.to ? 'authoring.diff.noteNowRequired' : 'authoring.diff.noteNoLongerRequired');
    case 'order': return w('authoring.diff.moved', { from: c.from, to: c.to });
    case 'prerequisites': return [
      c.added.length ? w('authoring.diff.nowAfter', { steps: quotedList(c.added) }) : '',
      c.removed.length ? w('authoring.diff.noLongerAfter', { steps: quotedList(c.removed) }) : '',
    ].filter(Boolean).join(' ');
    default: return c.field;
  }
}

function planDiffView(changes) {
  if (!changes.length) return h('p', { class: 'diff-none' }, w('authoring.diff.none'));
  return h('ul', { class: 'diff', id: 'diff-list' }, changes.map((c) => h('li', { 'data-field': c.field }, planChange(c))));
}

function planChange(c) {
  const both = (added, removed) => [added, removed].filter(Boolean).join(' ');
  switch (c.field) {
    case 'title': return w('authoring.diff.planTitle', { from: quoted(c.from), to: quoted(c.to) });
    case 'scenario': return w('authoring.diff.scenario', { from: scenarioName(c.from), to: scenarioName(c.to) });
    case 'summary': return w('authoring.diff.summary');
    case 'initialLevel': return w('authoring.diff.level', { from: planLevelName(c.from), to: planLevelName(c.to) });
    case 'revisionIntervalDays': return w('authoring.diff.revisionEvery', { from: wn('authoring.days', c.from), to: wn('authoring.days', c.to) });
    case 'actionCardTemplateIds': return both(
      c.added.length ? w('authoring.diff.cardsAdded', { cards: quotedList(c.added.map(cardTitle)) }) : '',
      c.removed.length ? w('authoring.diff.cardsRemoved', { cards: quotedList(c.removed.map(cardTitle)) }) : '');
    case 'roles': return both(
      c.added.length ? w('authoring.diff.rolesAdded', { roles: c.added.map(planRoleName).join(', ') }) : '',
      c.removed.length ? w('authoring.diff.rolesRemoved', { roles: c.removed.map(planRoleName).join(', ') }) : '');
    default: return c.field;
  }
}
`;
