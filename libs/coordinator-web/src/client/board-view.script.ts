/** The board: open runs by area and institution, the next due step, overdue steps called out; and "start a run". */
export const BOARD_VIEW_JS = String.raw`
function showBoard() {
  document.title = w('board.heading') + ' · Vigil';
  const boardBox = h('div', { id: 'board', 'aria-busy': 'true' }, h('p', {}, w('board.loading')));
  fill($('main'), h('h1', {}, w('board.heading')), boardBox, startRunForm());
  const refresh = coalesce(async () => {
    const res = await api('GET', '/action-card-board');
    boardBox.setAttribute('aria-busy', 'false');
    if (!res.ok) return complain(w('board.failed') + problemText(res));
    fill(boardBox, boardContent(res.body));
  });
  refresh();
  return watchLive('/action-card-board/live', (change) => {
    // Named as people name them: the step's title and its card's, never a step id.
    if (change) say(w('board.updated') + (change.stepTitle ? '"' + change.stepTitle + '" ' : '') + eventWords(change.type) + (change.cardTitle ? ' · ' + change.cardTitle : '') + '.');
    refresh();
  });
}

function boardContent(board) {
  const summary = h('p', {}, wn('board.openRuns', board.openRuns));
  if (!board.groups.length) return [summary];
  const groups = board.groups.map((group, i) =>
    h('section', { 'aria-labelledby': 'group-' + i },
      h('h2', { id: 'group-' + i }, areaName(group.area) + ' · ' + (group.institution ? institutionName(group.institution) : w('board.areaWide'))),
      h('table', {},
        h('thead', {}, h('tr', {}, ['card', 'started', 'openSteps', 'nextDue', 'overdue'].map((k) => w('board.col.' + k)).map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, group.runs.map(boardRow)))));
  return [summary, groups];
}

const TRIGGER_WORDS = { incident: w('board.trigger.incident'), 'crisis-activation': w('board.trigger.activation'), manual: w('board.trigger.manual') };

function boardRow(run) {
  const step = (s) => [h('span', { lang: 'da' }, s.title), w('board.due'), when(s.dueAt), ' · ', roleName(s.responsibleRole)];
  const overdue = run.overdue.length
    ? h('ul', { class: 'overdue-list' }, run.overdue.map((s) => h('li', { class: 'overdue' }, w('board.overdue'), step(s), s.escalatedTo ? w('board.escalatedTo') + roleName(s.escalatedTo) : '')))
    : w('board.none');
  return h('tr', { class: run.overdue.length ? 'has-overdue' : null, 'data-run-id': run.runId },
    h('th', { scope: 'row' }, h('a', { href: '/coordinator/runs/' + encodeURIComponent(run.runId), lang: 'da' }, run.title),
      run.exercise ? h('strong', { class: 'exercise-mark' }, w('board.exercise')) : null,
      h('div', { class: 'muted' }, TRIGGER_WORDS[run.trigger] || w('board.trigger.manual'))),
    h('td', {}, when(run.startedAt)),
    h('td', {}, num(run.openSteps)),
    h('td', {}, run.nextDue ? step(run.nextDue) : w('board.none')),
    h('td', {}, overdue));
}

function startRunForm() {
  const template = h('select', { id: 'start-template', required: true }, h('option', { value: '' }, w('startRun.loadingCards')));
  const area = h('select', { id: 'start-area', required: true }, AREAS.map((a) => h('option', { value: a[0] }, a[1])));
  // Chosen from the catalogue, never typed: the area's institutions, or the area as a whole.
  const institution = h('select', { id: 'start-institution', 'aria-describedby': 'start-institution-hint' });
  const institutionsOf = () =>
    fill(institution, [h('option', { value: '' }, w('startRun.wholeArea'))].concat(
      Object.keys(INSTITUTION_AREAS).filter((slug) => INSTITUTION_AREAS[slug] === area.value)
        .map((slug) => h('option', { value: slug }, INSTITUTION_NAMES[slug] || slug))));
  area.addEventListener('change', institutionsOf);
  institutionsOf();
  const error = h('p', { id: 'start-error', class: 'field-error', 'aria-live': 'assertive' });
  api('GET', '/action-card-templates').then((res) => {
    const cards = res.ok ? (res.body.items || []).filter((t) => t.currentVersion && t.status !== 'retired') : [];
    fill(template, cards.map((t) => h('option', { value: t.templateId, lang: 'da' }, t.title)));
    if (!cards.length) template.replaceChildren(h('option', { value: '' }, w('startRun.noCards')));
  });
  const submit = async (event) => {
    event.preventDefault();
    error.textContent = '';
    const place = institution.value;
    if (!template.value) return (error.textContent = w('startRun.chooseCard'));
    const res = await api('POST', '/action-card-runs', { templateId: template.value, area: area.value, institution: place || undefined });
    if (!res.ok) return (error.textContent = w('startRun.failed') + problemText(res));
    location.assign('/coordinator/runs/' + encodeURIComponent(res.body.runId));
  };
  return h('section', { 'aria-labelledby': 'start-heading' },
    h('h2', { id: 'start-heading' }, w('startRun.heading')),
    h('form', { class: 'action', novalidate: true, onsubmit: submit },
      h('label', { for: 'start-template' }, w('startRun.card')), template,
      h('label', { for: 'start-area' }, w('startRun.area')), area,
      h('label', { for: 'start-institution' }, w('startRun.institution')), institution,
      h('p', { id: 'start-institution-hint', class: 'muted' }, w('startRun.institutionHint')),
      error,
      h('button', { type: 'submit' }, w('startRun.submit'))));
}
`;
