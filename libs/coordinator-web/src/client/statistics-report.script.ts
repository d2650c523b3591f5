/**
 * The revision report: for one year, what moved between two days (or between an older definition version and the chosen
 * one), summed by reason, and each incident that moved: when and where it happened, what it is, and why it moved.
 */
export const STATISTICS_REPORT_JS = String.raw`
let reportChoice = null;

/** The first year in the chosen span whose first figures are out: compare them with today. */
function defaultReport() {
  const d = chosen();
  const today = todayText();
  for (let year = state.to; year >= state.from; year--) {
    const first = (year + 1) + '-' + String(d.rules.firstRelease.month).padStart(2, '0') + '-' + String(d.rules.firstRelease.day).padStart(2, '0');
    if (first < today) return { year: year, mode: 'days', since: first, until: '', versus: '' };
  }
  return { year: state.to, mode: d.version > 1 ? 'versions' : 'days', since: '', until: '', versus: d.version > 1 ? d.version - 1 : '' };
}

function reportForm() {
  const c = reportChoice;
  const older = versionsOf(state.indicator).filter((d) => d.version < chosen().version);
  const years = yearsChosen().reverse().map((y) => h('option', { value: y, selected: y === c.year }, y));
  const radio = (value, label) => h('label', { class: 'choice' },
    h('input', { type: 'radio', name: 'report-mode', value: value, checked: c.mode === value, disabled: value === 'versions' && !older.length }), ' ', label);
  return h('form', { id: 'report-form', class: 'report-form', 'aria-label': w('stats.report.label'), onsubmit: submitReport },
    h('div', { class: 'field' }, h('label', { for: 'report-year' }, w('stats.report.year')), h('select', { id: 'report-year', name: 'year' }, years)),
    h('fieldset', {}, h('legend', {}, w('stats.report.compare')),
      radio('days', w('stats.report.twoDays')),
      radio('versions', w(older.length ? 'stats.report.older' : 'stats.report.olderNone'))),
    h('div', { class: 'field' }, h('label', { for: 'report-since' }, w('stats.report.since')), h('input', { id: 'report-since', name: 'since', type: 'date', value: c.since, max: todayText() })),
    h('div', { class: 'field' },
      h('label', { for: 'report-until' }, w('stats.report.until')),
      h('input', { id: 'report-until', name: 'until', type: 'date', value: c.until, max: todayText(), 'aria-describedby': 'report-until-hint' }),
      h('p', { id: 'report-until-hint', class: 'muted hint' }, w('stats.report.untilHint'))),
    older.length ? h('div', { class: 'field' }, h('label', { for: 'report-versus' }, w('stats.report.versus')),
      h('select', { id: 'report-versus', name: 'versus' }, older.map((d) => h('option', { value: d.version, selected: d.version === Number(c.versus) }, w('stats.versionFrom', { version: d.version, day: dayWords(d.publishedAt) }))))) : null,
    h('p', { class: 'filter-actions' }, h('button', { type: 'submit' }, w('stats.report.show'))));
}

function submitReport(event) {
  event.preventDefault();
  const form = event.currentTarget;
  reportChoice = {
    year: Number(form.elements.year.value),
    mode: form.elements['report-mode'].value || 'days',
    since: form.elements.since.value,
    until: form.elements.until.value,
    versus: form.elements.versus ? form.elements.versus.value : '',
  };
  loadReport(currentGeneration);
}

async function loadReport(generation) {
  if (!reportChoice || reportChoice.year < state.from || reportChoice.year > state.to) reportChoice = defaultReport();
  const c = reportChoice;
  fill($('report-form-box'), reportForm());
  if (c.mode === 'days' && !c.since) return show('report', w('stats.report.chooseDay'));
  const extra = c.mode === 'days' ? { year: c.year, since: c.since, until: c.until } : { year: c.year, versus: c.versus };
  const path = '/statistics/revision-report?' + query(Object.assign(extra, placeFilter())).toString();
  busy('report', w('stats.report.reading'));
  const res = await api('GET', path);
  if (generation !== currentGeneration) return;
  if (!res.ok) return failed('report', res);
  renderReport(res.body, path, c);
}

function renderReport(r, path, c) {
  const figures = { year: c.year, before: num(r.figureBefore), after: num(r.figureAfter), change: signed(r.figureAfter - r.figureBefore) };
  const summary = c.mode === 'days'
    ? w(c.until ? 'stats.report.daysUntil' : 'stats.report.daysToday', Object.assign(figures, { since: dayWords(c.since), until: dayWords(c.until) }))
    : w('stats.report.versions', Object.assign(figures, { older: c.versus, newer: chosen().version }));
  const reasons = Object.keys(r.byReason || {});
  const reasonTable = reasons.length
    ? dataTable('report-reasons', w('stats.report.byReason'), [h('tr', {}, th(w('stats.report.reason')), th(w('stats.report.change')))],
      reasons.map((reason) => h('tr', { 'data-reason': reason }, rowHead({}, reasonWords(reason)), h('td', { class: 'num' }, signed(r.byReason[reason])))))
    : null;
  // In the order they happened: the API lists them by incident, which says nothing to the reader.
  const moved = r.moved.slice().sort((a, b) => (a.occurredOn < b.occurredOn ? -1 : a.occurredOn > b.occurredOn ? 1 : 0));
  const rows = moved.map((m) =>
    h('tr', {},
      rowHead({ class: 'nowrap' }, dayEl(m.occurredOn)),
      h('td', {}, wordFor('kind', m.kind)),
      h('td', {}, wordFor('target', m.target)),
      h('td', {}, wordFor('area', m.area)),
      h('td', {}, institutionWords(m.institution)),
      numCell(m.before, { 'data-column': 'before' }),
      numCell(m.after, { 'data-column': 'after' }),
      h('td', { class: 'why' }, m.causes.map((cause) => h('p', {}, h('strong', {}, reasonWords(cause.reason)), ': ', causeWords(cause))),
        m.imported ? small(w('stats.report.fromPrevious')) : null),
      h('td', { class: 'nowrap' }, m.causes.map((cause) =>
        h('p', {}, cause.recordedAt ? dayEl(cause.recordedAt) : wParts('stats.report.definitionPublished', { day: dayEl(chosen().publishedAt) }))))));
  const columns = ['happened', 'kind', 'against', 'area', 'institution', 'before', 'after', 'why', 'recorded'];
  const head = h('tr', {}, columns.map((key) => th(w('stats.report.' + key))));
  show('report', '',
    h('p', { id: 'report-summary', class: 'summary' }, summary),
    reasonTable,
    r.moved.length ? dataTable('report-moved', w('stats.report.movedCaption', { year: c.year }), [head], rows) : h('p', {}, w('stats.report.noneMoved')),
    r.truncated ? h('p', { class: 'muted' }, w('stats.report.truncated')) : null,
    downloads(path, w('stats.report.what')));
}
`;
