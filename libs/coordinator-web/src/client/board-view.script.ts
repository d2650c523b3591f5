/** The board: open runs by area and institution, the next due step, overdue steps called out; and "start a run". */
export const BOARD_VIEW_JS = String.raw`
function showBoard() {
  document.title = 'Action-card board · Vigil';
  const boardBox = h('div', { id: 'board', 'aria-busy': 'true' }, h('p', {}, 'Loading the board…'));
  fill($('main'), h('h1', {}, 'Action-card board'), boardBox, startRunForm());
  const refresh = coalesce(async () => {
    const res = await api('GET', '/action-card-board');
    boardBox.setAttribute('aria-busy', 'false');
    if (!res.ok) return complain('The board could not be loaded: ' + problemText(res));
    fill(boardBox, boardContent(res.body));
  });
  refresh();
  return watchLive('/action-card-board/live', (change) => {
    if (change) say('Board updated: ' + eventWords(change.type) + (change.stepId ? ' (' + change.stepId + ')' : '') + '.');
    refresh();
  });
}

function boardContent(board) {
  const summary = h('p', {}, board.openRuns === 1 ? '1 open run.' : board.openRuns + ' open runs.');
  if (!board.groups.length) return [summary];
  const groups = board.groups.map((group, i) =>
    h('section', { 'aria-labelledby': 'group-' + i },
      h('h2', { id: 'group-' + i }, areaName(group.area) + ' · ' + (group.institution || 'area-wide')),
      h('table', {},
        h('thead', {}, h('tr', {}, ['Card', 'Started', 'Open steps', 'Next due step', 'Overdue steps'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, group.runs.map(boardRow)))));
  return [summary, groups];
}

const TRIGGER_WORDS = { incident: 'started from an incident', 'crisis-activation': 'started by a crisis activation', manual: 'started by hand' };

function boardRow(run) {
  const step = (s) => [h('span', { lang: 'da' }, s.title), ' · due ', when(s.dueAt), ' · ', roleName(s.responsibleRole)];
  const overdue = run.overdue.length
    ? h('ul', { class: 'overdue-list' }, run.overdue.map((s) => h('li', { class: 'overdue' }, 'Overdue: ', step(s), s.escalatedTo ? ' · escalated to ' + roleName(s.escalatedTo) : '')))
    : 'None';
  return h('tr', { class: run.overdue.length ? 'has-overdue' : null, 'data-run-id': run.runId },
    h('th', { scope: 'row' }, h('a', { href: '/coordinator/runs/' + encodeURIComponent(run.runId), lang: 'da' }, run.title),
      run.exercise ? h('strong', { class: 'exercise-mark' }, 'EXERCISE') : null,
      h('div', { class: 'muted' }, TRIGGER_WORDS[run.trigger] || 'started by hand')),
    h('td', {}, when(run.startedAt)),
    h('td', {}, String(run.openSteps)),
    h('td', {}, run.nextDue ? step(run.nextDue) : 'None'),
    h('td', {}, overdue));
}

function startRunForm() {
  const template = h('select', { id: 'start-template', required: true }, h('option', { value: '' }, 'Loading cards…'));
  const area = h('select', { id: 'start-area', required: true }, AREAS.map((a) => h('option', { value: a[0] }, a[1])));
  const institution = h('input', { id: 'start-institution', autocomplete: 'off', 'aria-describedby': 'start-institution-hint' });
  const error = h('p', { id: 'start-error', class: 'field-error', 'aria-live': 'assertive' });
  api('GET', '/action-card-templates').then((res) => {
    const cards = res.ok ? (res.body.items || []).filter((t) => t.currentVersion && t.status !== 'retired') : [];
    fill(template, cards.map((t) => h('option', { value: t.templateId, lang: 'da' }, t.title)));
    if (!cards.length) template.replaceChildren(h('option', { value: '' }, 'No published cards'));
  });
  const submit = async (event) => {
    event.preventDefault();
    error.textContent = '';
    const place = institution.value.trim();
    if (!template.value) return (error.textContent = 'Choose a card.');
    if (place && !/^[a-z0-9-]{2,60}$/.test(place)) {
      institution.setAttribute('aria-invalid', 'true');
      institution.focus();
      return (error.textContent = 'The institution is a short code in lower case, such as nyborg.');
    }
    const res = await api('POST', '/action-card-runs', { templateId: template.value, area: area.value, institution: place || undefined });
    if (!res.ok) return (error.textContent = 'The run was not started: ' + problemText(res));
    location.assign('/coordinator/runs/' + encodeURIComponent(res.body.runId));
  };
  return h('section', { 'aria-labelledby': 'start-heading' },
    h('h2', { id: 'start-heading' }, 'Start a run by hand'),
    h('form', { class: 'action', novalidate: true, onsubmit: submit },
      h('label', { for: 'start-template' }, 'Action card'), template,
      h('label', { for: 'start-area' }, 'Area'), area,
      h('label', { for: 'start-institution' }, 'Institution (optional)'), institution,
      h('p', { id: 'start-institution-hint', class: 'muted' }, 'A short code such as nyborg; leave empty for the area as a whole.'),
      error,
      h('button', { type: 'submit' }, 'Start run')));
}
`;
