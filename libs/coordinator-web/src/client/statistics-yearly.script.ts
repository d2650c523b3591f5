/**
 * Year on year: a table of years by area (or by institution within the chosen area), as known now and, when a day is
 * chosen, as known then; beside it the same figures as a Chart.js chart with the plan's target line dashed.
 */
export const STATISTICS_YEARLY_JS = String.raw`
function yearsChosen() {
  const years = [];
  for (let y = state.from; y <= state.to; y++) years.push(y);
  return years;
}

/** The columns: the areas of each country with figures, the chosen area's institutions, or the one place chosen. */
function seriesOf(by, answer) {
  if (!by) return [{ key: '', label: placeWordsNow() }];
  const forced = answer.filter && answer.filter.area && answer.filter.area !== '-' ? answer.filter.area : '';
  const codes = by === 'area' ? (forced ? [forced] : countryAreas(answer.rows.map((row) => row.area))) : institutionsIn(state.area);
  for (const row of answer.rows) if (codes.indexOf(row[by]) < 0) codes.push(row[by]);
  return codes.map((code) => ({ key: code, label: by === 'area' ? wordFor('area', code) : institutionWords(code) }));
}

/** The plan goals measured by this figure for this place (a goal names an area, or the whole service). */
function goalsFor(plans) {
  if (state.institution || !plans) return [];
  const goals = [];
  for (const plan of plans) for (const g of plan.goals) if (g.goal.indicator === state.indicator && (g.goal.area || '') === state.area) goals.push(g);
  return goals;
}
const expectedIn = (goal, year) => {
  const y = goal.years.find((x) => x.year === year);
  return y && y.expected !== undefined ? y.expected : null;
};

async function loadYearly(generation) {
  busy('yearly', w('stats.yearly.reading'));
  const by = state.institution ? '' : state.area ? 'institution' : 'area';
  const params = query(Object.assign({ from: state.from, to: state.to, by: by, asKnownOn: state.asKnownOn }, placeFilter()));
  const path = '/statistics/figures?' + params.toString();
  const [res, plans] = await Promise.all([api('GET', path), targetPlans(generation)]);
  if (generation !== currentGeneration) return;
  if (!res.ok) return failed('yearly', res);
  renderYearly(res.body, path, by, plans);
}

function renderYearly(answer, path, by, plans) {
  const known = answer.asKnownOn || '';
  const series = seriesOf(by, answer);
  const years = yearsChosen();
  const goals = goalsFor(plans);
  const cell = {};
  for (const row of answer.rows) cell[row.period + '|' + (by ? row[by] : '')] = row;
  const value = (year, key, which) => {
    const keys = key === null ? series.map((s) => s.key) : [key];
    return keys.reduce((sum, k) => {
      const row = cell[year + '|' + k];
      return sum + (row ? (which === 'on' ? row.knownOn || 0 : row.knownNow) : 0);
    }, 0);
  };
  const flagsOf = (year) => answer.rows.find((r) => r.period === String(year)) || { flags: '', flagsOn: '' };
  const columns = series.concat(series.length > 1 ? [{ key: null, label: w('stats.total') }] : []);
  const knownOnWords = w('stats.knownOn', { day: dayWords(known) });
  const targetLine = (g) => w('stats.targetLine', { goal: g.goal.title });
  const span = known ? 2 : 1;
  const head = [h('tr', {},
    th(w('stats.year'), { rowspan: span }),
    columns.map((c) => th(c.label, { colspan: span, scope: known ? 'colgroup' : 'col' })),
    goals.map((g) => th(targetLine(g), { rowspan: span })))];
  if (known) head.push(h('tr', {}, columns.map(() => [th(w('stats.knownNow')), th(knownOnWords)])));
  const body = years.map((year) => {
    const flags = flagsOf(year);
    const status = flags.flags.indexOf('p') >= 0 ? w('stats.provisional') : known && (flags.flagsOn || '').indexOf('p') >= 0 ? w('stats.provisionalThen') : '';
    return h('tr', {},
      rowHead({}, String(year), status ? [h('br'), small(status)] : null),
      columns.map((c) => {
        const attrs = (which) => ({ 'data-period': year, 'data-series': c.key === null ? 'total' : c.key || 'all', 'data-known': which });
        return [numCell(value(year, c.key, 'now'), attrs('now')), known ? numCell(value(year, c.key, 'on'), attrs('on')) : null];
      }),
      goals.map((g) => numCell(expectedIn(g, year), { 'data-period': year, 'data-series': 'target' })));
  });
  const what = w('stats.yearly.what');
  const caption = w(known ? 'stats.yearly.captionOn' : 'stats.yearly.caption', { title: chosen().title, place: placeWordsNow(), from: state.from, to: state.to, day: dayWords(known) });
  const figure = chartBox('yearly-chart', w(goals.length ? 'stats.yearly.chartTarget' : 'stats.yearly.chart', { caption: caption }));
  const otherVersion = goals.find((g) => g.definitionVersion !== null && g.definitionVersion !== chosen().version);
  show('yearly', '',
    // Side by side while the table is narrow; a wide one (areas, or two columns a place) goes right under its chart.
    h('div', { class: columns.length * span + goals.length > 4 ? 'chart-and-table stacked' : 'chart-and-table' }, figure, dataTable('yearly-table', caption, head, body)),
    h('p', { class: 'muted' }, [
      w('stats.yearly.provisionalNote'),
      known ? w('stats.yearly.provisionalThenNote', { day: dayWords(known) }) : null,
      otherVersion ? w('stats.yearly.otherVersion', { version: otherVersion.definitionVersion }) : null,
    ].filter(Boolean).join(' ')),
    downloads(path, what));
  drawChart(figure, {
    type: 'bar',
    data: {
      labels: years.map(String),
      datasets: series.map((s, i) => ({ label: s.label, data: years.map((y) => value(y, s.key, 'now')), backgroundColor: PALETTE[i % PALETTE.length], stack: 'known' }))
        .concat(goals.map((g, i) => ({
          type: 'line', label: targetLine(g), data: years.map((y) => expectedIn(g, y)), stack: 'target-' + i,
          borderColor: '#1a1a1a', backgroundColor: '#1a1a1a', borderDash: [6, 4], borderWidth: 2, pointRadius: 3, spanGaps: true, fill: false,
        }))),
    },
    options: {
      animation: false,
      locale: LOCALE,
      responsive: true,
      maintainAspectRatio: false,
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { position: 'bottom' } },
    },
  });
}
`;
