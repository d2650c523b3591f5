/**
 * How the figures moved after they were first known: late registrations per year (at first release, at the cut-off, now),
 * and the revision triangle as a heat map, each cell shaded by how far it is from its period's first figure and saying so.
 */
export const STATISTICS_REVISIONS_JS = String.raw`
let trianglePeriod = 'year';

async function loadLate(generation) {
  busy('late', w('stats.late.reading'));
  const path = '/statistics/late-registrations?' + query(Object.assign({ from: state.from, to: state.to }, placeFilter())).toString();
  const res = await api('GET', path);
  if (generation !== currentGeneration) return;
  if (!res.ok) return failed('late', res);
  const columns = ['stats.year', 'stats.late.firstRelease', 'stats.late.cutOff', 'stats.late.recordedAfter', 'stats.late.otherAfter', 'stats.knownNow', 'stats.late.status'];
  const head = h('tr', {}, columns.map((key) => th(w(key))));
  const when = (figure, day) =>
    figure === null
      ? [h('span', { class: 'figure not-yet' }, w('stats.late.notYet')), h('br'), small(wParts('stats.late.due', { day: dayEl(day) }))]
      : [h('span', { class: 'figure' }, num(figure)), h('br'), small(wParts('stats.late.on', { day: dayEl(day) }))];
  const rows = res.body.rows.map((r) =>
    h('tr', { 'data-year': r.year },
      rowHead({}, String(r.year)),
      h('td', { class: 'num', 'data-column': 'first-release' }, when(r.atFirstRelease, r.firstReleaseOn)),
      h('td', { class: 'num', 'data-column': 'cut-off' }, when(r.atCutOff, r.cutOffOn)),
      numCell(r.recordedAfterCutOff, { 'data-column': 'late' }),
      h('td', { class: 'num', 'data-column': 'other' }, signed(r.otherRevisionsAfterCutOff)),
      numCell(r.knownNow, { 'data-column': 'now' }),
      h('td', { 'data-column': 'status' }, w(r.status === 'final' ? 'stats.final' : 'stats.provisional'))));
  show('late', '',
    dataTable('late-table', w('stats.late.caption', { title: chosen().title, place: placeWordsNow() }), [head], rows),
    h('p', { class: 'muted' }, w('stats.late.note', { first: dayOfYearWords(chosen().rules.firstRelease), cutOff: dayOfYearWords(chosen().rules.cutOff) })),
    downloads(path, w('stats.late.what')));
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
    h('label', { for: 'triangle-period' }, w('stats.triangle.periods')),
    h('select', { id: 'triangle-period', onchange: (e) => { trianglePeriod = e.target.value; loadTriangle(currentGeneration); } },
      h('option', { value: 'year', selected: trianglePeriod === 'year' }, w('stats.triangle.years')),
      h('option', { value: 'quarter', selected: trianglePeriod === 'quarter' }, w('stats.triangle.quarters'))));
}

async function loadTriangle(generation) {
  busy('triangle', w('stats.triangle.reading'));
  const path = '/statistics/revision-triangle?' + query(Object.assign({ from: state.from, to: state.to, period: trianglePeriod }, placeFilter())).toString();
  const res = await api('GET', path);
  if (generation !== currentGeneration) return;
  if (!res.ok) return failed('triangle', res);
  const t = res.body;
  const byYear = trianglePeriod === 'year';
  const head = h('tr', {}, th(w(byYear ? 'stats.year' : 'stats.quarterHeading')),
    t.vintages.map((v) => th(v === 'now' ? w('stats.now') : dayEl(v, true))), th(w('stats.triangle.change')));
  const rows = t.rows.map((r) =>
    h('tr', { 'data-period': r.period },
      rowHead({}, periodWords(r.period), h('br'), small(wParts('stats.triangle.firstFigure', { day: dayEl(r.firstRelease, true) }))),
      r.values.map((v, i) => {
        const change = v === null || r.firstEstimate === null ? 0 : v - r.firstEstimate;
        return h('td', { class: 'num ' + heat(v, r.firstEstimate), 'data-vintage': t.vintages[i] },
          v === null ? h('span', { class: 'not-yet' }, '·', h('span', { class: 'visually-hidden' }, w('stats.triangle.notReleased'))) : [num(v), change ? small(' (' + signed(change) + ')') : null]);
      }),
      h('td', { class: 'num' }, signed(r.revision))));
  const mean = t.meanAbsoluteRevisionPercent === null ? (byYear ? 'stats.triangle.meanYear' : 'stats.triangle.meanQuarter') : byYear ? 'stats.triangle.meanYearPercent' : 'stats.triangle.meanQuarterPercent';
  const balance = t.meanRevision > 0 ? w('stats.triangle.up', { n: num(t.meanRevision) }) : t.meanRevision < 0 ? w('stats.triangle.down', { n: num(-t.meanRevision) }) : w('stats.triangle.even');
  const summary = t.meanAbsoluteRevision === null
    ? w(byYear ? 'stats.triangle.noneYear' : 'stats.triangle.noneQuarter')
    : w(mean, { n: num(t.meanAbsoluteRevision), percent: w('stats.percent', { n: num(t.meanAbsoluteRevisionPercent) }) }) + ' ' + balance;
  const shades = ['same', 'up1', 'up2', 'up3', 'down1', 'down2', 'down3'];
  const legend = h('ul', { class: 'heat-legend', 'aria-label': w('stats.heat.legend') },
    shades.map((shade) => h('li', {}, h('span', { class: 'swatch heat-' + shade.replace(/(\d)$/, '-$1'), 'aria-hidden': 'true' }), w('stats.heat.' + shade))));
  show('triangle', '',
    h('p', { id: 'triangle-summary', class: 'summary' }, summary),
    dataTable('triangle-table', w(byYear ? 'stats.triangle.captionYear' : 'stats.triangle.captionQuarter'), [head], rows),
    legend,
    downloads(path, w('stats.triangle.what')));
}
`;
