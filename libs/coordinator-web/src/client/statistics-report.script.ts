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
  return h('form', { id: 'report-form', class: 'report-form', 'aria-label': 'Choose what to compare', onsubmit: submitReport },
    h('div', { class: 'field' }, h('label', { for: 'report-year' }, 'Year whose figure moved'), h('select', { id: 'report-year', name: 'year' }, years)),
    h('fieldset', {}, h('legend', {}, 'Compare'),
      radio('days', 'the figure on two days'),
      radio('versions', older.length ? 'with an older definition' : 'with an older definition (there is none)')),
    h('div', { class: 'field' }, h('label', { for: 'report-since' }, 'From day'), h('input', { id: 'report-since', name: 'since', type: 'date', value: c.since, max: todayText() })),
    h('div', { class: 'field' },
      h('label', { for: 'report-until' }, 'To day'),
      h('input', { id: 'report-until', name: 'until', type: 'date', value: c.until, max: todayText(), 'aria-describedby': 'report-until-hint' }),
      h('p', { id: 'report-until-hint', class: 'muted hint' }, 'Leave empty for today.')),
    older.length ? h('div', { class: 'field' }, h('label', { for: 'report-versus' }, 'Older definition'),
      h('select', { id: 'report-versus', name: 'versus' }, older.map((d) => h('option', { value: d.version, selected: d.version === Number(c.versus) }, 'Version ' + d.version + ', from ' + dayWords(d.publishedAt))))) : null,
    h('p', { class: 'filter-actions' }, h('button', { type: 'submit' }, 'Show what moved')));
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
  if (c.mode === 'days' && !c.since) return show('report', 'Choose the day to compare from.');
  const extra = c.mode === 'days' ? { year: c.year, since: c.since, until: c.until } : { year: c.year, versus: c.versus };
  const path = '/statistics/revision-report?' + query(Object.assign(extra, placeFilter())).toString();
  busy('report', 'Reading what moved…');
  const res = await api('GET', path);
  if (generation !== currentGeneration) return;
  if (!res.ok) return failed('report', res);
  renderReport(res.body, path, c);
}

function renderReport(r, path, c) {
  const change = r.figureAfter - r.figureBefore;
  const summary = c.mode === 'days'
    ? 'The figure for ' + c.year + ' was ' + num(r.figureBefore) + ' as known on ' + dayWords(c.since) + ' and is ' + num(r.figureAfter) +
      ' as known ' + (c.until ? 'on ' + dayWords(c.until) : 'today') + ': ' + signed(change) + '.'
    : 'For ' + c.year + ', version ' + c.versus + ' of the definition counts ' + num(r.figureBefore) + ' and version ' + chosen().version + ' counts ' +
      num(r.figureAfter) + ': ' + signed(change) + '. This is a break in series, not a revision.';
  const reasons = Object.keys(r.byReason || {});
  const reasonTable = reasons.length
    ? dataTable('report-reasons', 'Change by reason', [h('tr', {}, th('Reason'), th('Change'))],
      reasons.map((reason) => h('tr', { 'data-reason': reason }, rowHead({}, REASON_WORDS[reason] || reason), h('td', { class: 'num' }, signed(r.byReason[reason])))))
    : null;
  const rows = r.moved.map((m) =>
    h('tr', {},
      rowHead({ class: 'nowrap' }, dayEl(m.occurredOn)),
      h('td', {}, wordFor('kind', m.kind)),
      h('td', {}, wordFor('target', m.target)),
      h('td', {}, wordFor('area', m.area)),
      h('td', {}, institutionWords(m.institution)),
      numCell(m.before, { 'data-column': 'before' }),
      numCell(m.after, { 'data-column': 'after' }),
      h('td', { class: 'why' }, m.causes.map((cause) => h('p', {}, h('strong', {}, REASON_WORDS[cause.reason] || cause.reason), ': ', causeWords(cause))),
        m.imported ? small('From the previous register') : null),
      h('td', { class: 'nowrap' }, m.causes.map((cause) => h('p', {}, cause.recordedAt ? dayEl(cause.recordedAt) : ['Definition published ', dayEl(chosen().publishedAt)])))));
  const head = h('tr', {}, ['Happened on', 'Kind', 'Against', 'Area', 'Institution', 'Counted before', 'Counted after', 'Why', 'Recorded'].map((t) => th(t)));
  show('report', '',
    h('p', { id: 'report-summary', class: 'summary' }, summary),
    reasonTable,
    r.moved.length ? dataTable('report-moved', 'Incidents that moved in or out of the figure for ' + c.year, [head], rows) : h('p', {}, 'No incident moved in or out of the figure.'),
    r.truncated ? h('p', { class: 'muted' }, 'More incidents moved than are listed here; the download has the same list.') : null,
    downloads(path, 'the incidents that moved'));
}
`;
