/**
 * How the figures moved after they were first known: late registrations per year (at first release, at the cut-off, now),
 * and the revision triangle as a heat map, each cell shaded by how far it is from its period's first figure and saying so.
 */
export const STATISTICS_REVISIONS_JS = String.raw`
let trianglePeriod = 'year';

async function loadLate(generation) {
  busy('late', 'Reading the late registrations…');
  const path = '/statistics/late-registrations?' + query(Object.assign({ from: state.from, to: state.to }, placeFilter())).toString();
  const res = await api('GET', path);
  if (generation !== currentGeneration) return;
  if (!res.ok) return failed('late', res);
  const head = h('tr', {}, ['Year', 'At first release', 'At cut-off (final)', 'Recorded after cut-off', 'Other changes after cut-off', 'As known now', 'Status'].map((t) => th(t)));
  const when = (figure, day) =>
    figure === null ? [h('span', { class: 'figure not-yet' }, 'Not yet'), h('br'), small('due ', dayEl(day))] : [h('span', { class: 'figure' }, num(figure)), h('br'), small('on ', dayEl(day))];
  const rows = res.body.rows.map((r) =>
    h('tr', { 'data-year': r.year },
      rowHead({}, String(r.year)),
      h('td', { class: 'num', 'data-column': 'first-release' }, when(r.atFirstRelease, r.firstReleaseOn)),
      h('td', { class: 'num', 'data-column': 'cut-off' }, when(r.atCutOff, r.cutOffOn)),
      numCell(r.recordedAfterCutOff, { 'data-column': 'late' }),
      h('td', { class: 'num', 'data-column': 'other' }, signed(r.otherRevisionsAfterCutOff)),
      numCell(r.knownNow, { 'data-column': 'now' }),
      h('td', { 'data-column': 'status' }, r.status === 'final' ? 'Final' : 'Provisional')));
  show('late', '',
    dataTable('late-table', 'Late registrations: ' + chosen().title + ' — ' + placeWordsNow(), [head], rows),
    h('p', { class: 'muted' }, 'A year\u2019s first figures come out on ' + dayOfYearWords(chosen().rules.firstRelease) + ' and are final on ' +
      dayOfYearWords(chosen().rules.cutOff) + ' the year after. Recorded after cut-off: incidents of that year registered after it was final. Other changes: corrections, reclassifications and duplicates after it was final.'),
    downloads(path, 'the late registrations'));
}

/** How far a vintage's figure is from the period's first figure: a shade (a few steps, up or down) and words. */
function heat(value, first) {
  if (value === null || first === null) return 'heat-none';
  const change = value - first;
  if (change === 0) return 'heat-same';
  const share = first === 0 ? 1 : Math.abs(change) / first;
  return (change > 0 ? 'heat-up-' : 'heat-down-') + (share < 0.05 ? 1 : share < 0.15 ? 2 : 3);
}

function triangleForm() {
  return h('form', { class: 'inline-form no-print', onsubmit: (e) => e.preventDefault() },
    h('label', { for: 'triangle-period' }, 'Periods'),
    h('select', { id: 'triangle-period', onchange: (e) => { trianglePeriod = e.target.value; loadTriangle(currentGeneration); } },
      h('option', { value: 'year', selected: trianglePeriod === 'year' }, 'Years'),
      h('option', { value: 'quarter', selected: trianglePeriod === 'quarter' }, 'Quarters')));
}

async function loadTriangle(generation) {
  busy('triangle', 'Reading the revisions…');
  const path = '/statistics/revision-triangle?' + query(Object.assign({ from: state.from, to: state.to, period: trianglePeriod }, placeFilter())).toString();
  const res = await api('GET', path);
  if (generation !== currentGeneration) return;
  if (!res.ok) return failed('triangle', res);
  const t = res.body;
  const head = h('tr', {}, th(trianglePeriod === 'year' ? 'Year' : 'Quarter'),
    t.vintages.map((v) => th(v === 'now' ? 'Now' : dayEl(v, true))), th('Change since first figure'));
  const rows = t.rows.map((r) =>
    h('tr', { 'data-period': r.period },
      rowHead({}, periodWords(r.period), h('br'), small('first figure ', dayEl(r.firstRelease, true))),
      r.values.map((v, i) => {
        const change = v === null || r.firstEstimate === null ? 0 : v - r.firstEstimate;
        return h('td', { class: 'num ' + heat(v, r.firstEstimate), 'data-vintage': t.vintages[i] },
          v === null ? h('span', { class: 'not-yet' }, '·', h('span', { class: 'visually-hidden' }, 'not released yet')) : [num(v), change ? small(' (' + signed(change) + ')') : null]);
      }),
      h('td', { class: 'num' }, signed(r.revision))));
  const unit = trianglePeriod === 'year' ? 'year' : 'quarter';
  const summary = t.meanAbsoluteRevision === null
    ? 'No ' + unit + ' has a first figure yet, so there is nothing to compare.'
    : 'On average a ' + unit + '\u2019s first figure changed by ' + num(t.meanAbsoluteRevision) + ' afterwards' +
      (t.meanAbsoluteRevisionPercent === null ? '' : ' (' + num(t.meanAbsoluteRevisionPercent) + ' % of it)') + '. ' +
      (t.meanRevision > 0 ? 'On balance the figures went up by ' + num(t.meanRevision) + '.' : t.meanRevision < 0 ? 'On balance the figures went down by ' + num(-t.meanRevision) + '.' : 'On balance they neither went up nor down.');
  const legend = h('ul', { class: 'heat-legend', 'aria-label': 'What the shades mean' },
    [['heat-same', 'the same as the first figure'], ['heat-up-1', 'up, under 5 %'], ['heat-up-2', 'up 5–15 %'], ['heat-up-3', 'up 15 % or more'],
      ['heat-down-1', 'down, under 5 %'], ['heat-down-2', 'down 5–15 %'], ['heat-down-3', 'down 15 % or more']].map(([c, text]) =>
      h('li', {}, h('span', { class: 'swatch ' + c, 'aria-hidden': 'true' }), text)));
  show('triangle', '',
    h('p', { id: 'triangle-summary', class: 'summary' }, summary),
    dataTable('triangle-table', 'Revision triangle: each ' + unit + '\u2019s figure as known on each day (in brackets: the change since its first figure)', [head], rows),
    legend,
    downloads(path, 'the revision triangle'));
}
`;
