/**
 * The plans' goals with their verdict per year and the year's weighted goal fulfilment, and every published edition of a
 * year's figures beside the figure as known now.
 */
export const STATISTICS_TARGETS_JS = String.raw`
let targetsRead = null;

/** GET /statistics/targets once per choice: the targets section and the yearly target line share it. */
function targetsAnswer(generation) {
  if (!targetsRead || targetsRead.generation !== generation) {
    const path = '/statistics/targets?from=' + state.from + '&to=' + state.to;
    targetsRead = { generation: generation, path: path, answer: api('GET', path) };
  }
  return targetsRead.answer;
}
const targetPlans = async (generation) => {
  const res = await targetsAnswer(generation);
  return res.ok ? res.body.plans : null;
};

function verdictCell(y) {
  if (!y) return h('td', { class: 'verdict none' }, small('Not followed yet'));
  const figures = y.actual !== undefined ? small(y.verdict === 'baseline' ? 'figure ' + num(y.actual) : num(y.actual) + ' against a target of ' + num(y.expected)) : null;
  return h('td', { class: 'verdict verdict-' + y.verdict, 'data-year': y.year },
    h('strong', {}, VERDICT_WORDS[y.verdict] || y.verdict), figures ? [h('br'), figures] : null, y.note ? [h('br'), small(y.note)] : null);
}

async function loadTargets(generation) {
  busy('targets', 'Reading the plans…');
  const res = await targetsAnswer(generation);
  if (generation !== currentGeneration) return;
  if (!res.ok) return failed('targets', res);
  const plans = res.body.plans;
  const years = yearsChosen();
  const tables = plans.map((plan, p) => {
    const head = h('tr', {}, th('Goal'), th('Weight'), years.map((y) => th(String(y))));
    const rows = plan.goals.map((g) =>
      h('tr', { 'data-goal': g.goal.goal },
        rowHead({}, g.goal.title, g.goal.indicator ? [h('br'), small('Measured by the figure' + (g.goal.area ? ' for ' + wordFor('area', g.goal.area) : '') + ', from ' + g.goal.baselineYear + ', ' + signed(g.goal.changePerYear) + ' % a year')] : [h('br'), small('Assessed by the partnership each year')]),
        h('td', { class: 'num' }, num(g.goal.weight) + ' %'),
        years.map((year) => verdictCell(g.years.find((y) => y.year === year)))));
    const fulfilment = h('tr', { class: 'fulfilment' }, rowHead({ colspan: 2 }, 'Goal fulfilment'),
      years.map((year) => {
        const f = plan.fulfilment.find((x) => x.year === year);
        return h('td', { 'data-year': year }, f ? num(f.met) + ' % of the plan met, ' + num(f.decided) + ' % decided' : '–');
      }));
    return h('div', { class: 'plan' },
      h('h3', {}, plan.title),
      dataTable('targets-table-' + p, 'Goals of ' + plan.title + ' and their verdict each year', [head], rows, [fulfilment]));
  });
  show('targets', plans.length ? '' : 'No target plan has been set.',
    tables,
    plans.length ? h('p', { class: 'muted' }, 'Met or missed once a year is final; a measured goal is met when the figure is at or better than its target line. Decided: the weight of the goals met or missed.') : null,
    plans.length ? downloads(targetsRead.path, 'the goals and verdicts') : null);
}

const MARKS = { p: 'provisional', b: 'break in series' };

async function loadPublications(generation) {
  busy('published', 'Reading the published figures…');
  const path = '/statistics/publications?indicator=' + encodeURIComponent(state.indicator);
  const res = await api('GET', path);
  if (generation !== currentGeneration) return;
  if (!res.ok) return failed('published', res);
  const head = h('tr', {}, ['Year', 'Edition', 'Definition', 'Figures as known on', 'Published', 'As known now', 'Revised since', 'Marks', 'Note', 'Published on'].map((t) => th(t)));
  const rows = res.body.map((p) =>
    h('tr', { 'data-year': p.year, 'data-edition': p.edition },
      rowHead({}, String(p.year)),
      h('td', {}, 'Edition ' + p.edition + ' (' + (p.final ? 'final' : 'provisional') + ')'),
      h('td', {}, 'Version ' + p.version),
      h('td', {}, dayEl(p.asKnownOn.slice(0, 10))),
      numCell(p.published.total, { 'data-column': 'published' }),
      numCell(p.knownNow, { 'data-column': 'now' }),
      h('td', { class: 'num', 'data-column': 'revised' }, signed(p.revisedSincePublication)),
      h('td', { 'data-column': 'marks' }, p.flags ? p.flags.split('').map((f) => h('span', { class: 'mark' }, f + ' (' + (MARKS[f] || f) + ')')) : ''),
      h('td', {}, p.note || ''),
      h('td', {}, dayEl(p.publishedAt))));
  show('published', res.body.length ? '' : 'Nothing has been published for this figure yet.',
    res.body.length ? dataTable('published-table', 'Published editions: ' + latestOf(state.indicator).title + ' (the whole country)', [head], rows) : null,
    res.body.length ? h('p', { class: 'muted' }, 'p: provisional, published before the year was final. b: break in series, counted under another definition than the year before. Revised since: the figure as known now under the same definition, less the published one.') : null,
    downloads(path, 'the published figures'));
}
`;
