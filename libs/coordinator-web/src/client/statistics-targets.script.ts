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
  if (!y) return h('td', { class: 'verdict none' }, small(w('stats.goals.notFollowed')));
  const figures = y.actual !== undefined ? small(y.verdict === 'baseline' ? w('stats.goals.baselineFigure', { n: num(y.actual) }) : w('stats.goals.againstTarget', { actual: num(y.actual), expected: num(y.expected) })) : null;
  return h('td', { class: 'verdict verdict-' + y.verdict, 'data-year': y.year },
    h('strong', {}, verdictWords(y.verdict)), figures ? [h('br'), figures] : null, y.note ? [h('br'), small(y.note)] : null);
}

async function loadTargets(generation) {
  busy('targets', w('stats.goals.reading'));
  const res = await targetsAnswer(generation);
  if (generation !== currentGeneration) return;
  if (!res.ok) return failed('targets', res);
  const plans = res.body.plans;
  const years = yearsChosen();
  const tables = plans.map((plan, p) => {
    const head = h('tr', {}, th(w('stats.goals.goal')), th(w('stats.goals.weight')), years.map((y) => th(String(y))));
    const rows = plan.goals.map((g) =>
      h('tr', { 'data-goal': g.goal.goal },
        rowHead({}, g.goal.title, h('br'), small(goalMeasure(g.goal))),
        h('td', { class: 'num' }, w('stats.percent', { n: num(g.goal.weight) })),
        years.map((year) => verdictCell(g.years.find((y) => y.year === year)))));
    const fulfilment = h('tr', { class: 'fulfilment' }, rowHead({ colspan: 2 }, w('stats.goals.fulfilment')),
      years.map((year) => {
        const f = plan.fulfilment.find((x) => x.year === year);
        return h('td', { 'data-year': year }, f ? w('stats.goals.fulfilled', { met: num(f.met), decided: num(f.decided) }) : '–');
      }));
    return h('div', { class: 'plan' },
      h('h3', {}, plan.title),
      dataTable('targets-table-' + p, w('stats.goals.caption', { plan: plan.title }), [head], rows, [fulfilment]));
  });
  show('targets', plans.length ? '' : w('stats.goals.none'),
    tables,
    plans.length ? h('p', { class: 'muted' }, w('stats.goals.note')) : null,
    plans.length ? downloads(targetsRead.path, w('stats.goals.what')) : null);
}

/** How a goal is judged: by the figure (for an area, from a baseline year, so much a year), or by the partnership. */
function goalMeasure(goal) {
  if (!goal.indicator) return w('stats.goals.assessed');
  const values = { area: wordFor('area', goal.area), year: goal.baselineYear, change: signed(goal.changePerYear) };
  return w(goal.area ? 'stats.goals.measuredIn' : 'stats.goals.measured', values);
}

const markWords = (flag) => (WORDS['stats.published.mark.' + flag] === undefined ? flag : w('stats.published.mark.' + flag));

async function loadPublications(generation) {
  busy('published', w('stats.published.reading'));
  const path = '/statistics/publications?indicator=' + encodeURIComponent(state.indicator);
  const res = await api('GET', path);
  if (generation !== currentGeneration) return;
  if (!res.ok) return failed('published', res);
  const columns = ['stats.year', 'stats.published.edition', 'stats.published.definition', 'stats.published.asKnownOn', 'stats.published.published', 'stats.knownNow',
    'stats.published.revisedSince', 'stats.published.marks', 'stats.published.note', 'stats.published.publishedOn'];
  const head = h('tr', {}, columns.map((key) => th(w(key))));
  const rows = res.body.map((p) =>
    h('tr', { 'data-year': p.year, 'data-edition': p.edition },
      rowHead({}, String(p.year)),
      h('td', {}, w(p.final ? 'stats.published.editionFinal' : 'stats.published.editionProvisional', { edition: p.edition })),
      h('td', {}, w('stats.version', { version: p.version })),
      h('td', {}, dayEl(p.asKnownOn.slice(0, 10))),
      numCell(p.published.total, { 'data-column': 'published' }),
      numCell(p.knownNow, { 'data-column': 'now' }),
      h('td', { class: 'num', 'data-column': 'revised' }, signed(p.revisedSincePublication)),
      h('td', { 'data-column': 'marks' }, p.flags ? p.flags.split('').map((f) => h('span', { class: 'mark' }, f + ' (' + markWords(f) + ')')) : ''),
      h('td', {}, p.note || ''),
      h('td', {}, dayEl(p.publishedAt))));
  show('published', res.body.length ? '' : w('stats.published.none'),
    res.body.length ? dataTable('published-table', w('stats.published.caption', { title: latestOf(state.indicator).title }), [head], rows) : null,
    res.body.length ? h('p', { class: 'muted' }, w('stats.published.legend')) : null,
    downloads(path, w('stats.published.what')));
}
`;
