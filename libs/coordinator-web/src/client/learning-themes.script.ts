/**
 * Themes over time (which factor classes and texts recur by half-year, which interventions are used where, the year's
 * goal per area) and an intervention's effect at a unit (#effect=<id>&unit=<unit>): counts said plainly as registrations,
 * a sign of a reporting culture, never a ranking. Areas are always listed in the service's own order, never by count.
 */
export const LEARNING_THEMES_JS = String.raw`
const halfYearWords = (code) => {
  const m = /^(\d{4})-H([12])$/.exec(code || '');
  return m ? (m[2] === '1' ? 'January–June ' : 'July–December ') + m[1] : code;
};
const areaOrNational = (area) => (area ? wordFor('area', area) : 'The whole service');

function themesYearForm() {
  const years = [];
  for (let y = new Date().getFullYear() + 1; y >= 2020; y--) years.push([String(y), String(y)]);
  return h('form', { class: 'inline-form', 'aria-label': 'The goal\u2019s year', onsubmit: (e) => e.preventDefault() },
    h('label', { for: 'themes-year' }, 'Goal for the year'),
    h('select', { id: 'themes-year', onchange: (e) => {
      overview.year = Number(e.target.value);
      writeOverview();
      loadThemes(currentGeneration);
    } }, options(years, String(overview.year))));
}

async function loadThemes(generation) {
  reading('themes', 'Reading the themes…');
  const res = await api('GET', '/learning-review-themes?year=' + overview.year);
  if (generation !== currentGeneration) return;
  if (!res.ok) return refused('themes', res);
  const t = res.body;
  const titles = {};
  for (const i of (catalogueNow && catalogueNow.interventions) || []) titles[i.id] = i.title;
  shown('themes', '',
    h('p', { id: 'reporting-culture', class: 'caution' }, REPORTING_CULTURE),
    h('p', { class: 'muted' }, t.note),
    themeClasses(t.classes),
    t.recurringTexts.length
      ? grid('themes-texts', 'Contributing factors recorded in two or more reviews', ['Factor', 'Class', 'Reviews', 'Times recorded'], t.recurringTexts.map((x) =>
        h('tr', {}, h('th', { scope: 'row' }, x.text), h('td', {}, words('factorClass', x.class)), h('td', { class: 'num' }, num(x.reviews)), h('td', { class: 'num' }, num(x.factors)))))
      : h('p', { class: 'muted' }, 'No contributing factor has been recorded in more than one review yet.'),
    themeInterventions(t.interventions),
    themeGoal(t.goal, titles));
}

function themeClasses(classes) {
  if (!classes.length) return h('p', { class: 'muted' }, 'No contributing factor is recorded yet.');
  const halves = [...new Set(classes.flatMap((c) => c.byHalfYear.map((x) => x.halfYear)))].sort();
  const rows = Object.keys(LW.factorClass).map((cls) => {
    const c = classes.find((x) => x.class === cls) || { factors: 0, reviews: 0, byHalfYear: [] };
    const inHalf = (half) => (c.byHalfYear.find((x) => x.halfYear === half) || { factors: 0 }).factors;
    return h('tr', { 'data-class': cls }, h('th', { scope: 'row' }, words('factorClass', cls)),
      halves.map((half) => h('td', { class: 'num' }, num(inHalf(half)))), h('td', { class: 'num' }, num(c.factors)), h('td', { class: 'num' }, num(c.reviews)));
  });
  return grid('themes-classes', 'Contributing factors recorded, by class and half-year', ['Class'].concat(halves.map(halfYearWords), ['All', 'Reviews that found one']), rows);
}

function themeInterventions(uses) {
  if (!uses.length) return h('p', { class: 'muted' }, 'No follow-up action is recorded yet.');
  const inOrder = (u) => AREA_CODES.concat([null]).map((code) => u.byArea.find((b) => b.area === code)).filter(Boolean);
  const rows = uses.flatMap((u) => inOrder(u).map((b, n, all) =>
    h('tr', {}, n === 0 ? h('th', { scope: 'row', rowspan: all.length }, u.title, h('br'), h('span', { class: 'muted' }, u.fromCatalogue ? 'From the catalogue' : 'Proposed')) : null,
      h('td', {}, areaOrNational(b.area)), h('td', { class: 'num' }, num(b.actions)), h('td', { class: 'num' }, num(b.started)), h('td', { class: 'num' }, num(b.done)))));
  return grid('themes-interventions', 'Which interventions are used where (follow-up actions by area)', ['Intervention', 'Area', 'Actions', 'Started', 'Done'], rows);
}

function themeGoal(goal, titles) {
  return h('div', { id: 'themes-goal' },
    h('h3', {}, 'The goal for ' + goal.year + ': every area starts interventions from the catalogue'),
    themesYearForm(),
    h('p', { class: 'summary' }, 'In ' + goal.year + ', ' + num(goal.areasStarted) + ' of ' + num(goal.areaCount) + ' areas (' + percent(goal.share) +
      ') have started interventions from the catalogue.'),
    grid('themes-goal-areas', 'Areas that started an intervention from the catalogue in ' + goal.year, ['Area', 'Started', 'Which interventions'],
      goal.areas.map((a) => h('tr', { 'data-area': a.area }, h('th', { scope: 'row' }, wordFor('area', a.area)), h('td', {}, a.started ? 'Yes' : 'Not yet'),
        h('td', {}, a.interventionIds.map((id) => titles[id] || slugWords(id)).join(', ') || '–')))));
}

async function showEffect(interventionId, unit, generation) {
  fill($('main'), h('p', { class: 'back' }, h('a', { href: '#' }, 'All reviews')), h('h1', { id: 'effect-title' }, 'Effect over time'), part('effect', 'Registrations before and after'));
  reading('effect', 'Reading the effect…');
  const res = await api('GET', '/learning-interventions/' + encodeURIComponent(interventionId) + '/effect?unit=' + encodeURIComponent(unit));
  if (generation !== currentGeneration) return;
  if (!res.ok) {
    if (res.status === 403) complain(NO_LEARNING_ACCESS);
    return refused('effect', res);
  }
  const e = res.body;
  $('effect-title').textContent = 'Effect over time: ' + e.intervention.title + ' at ' + unitWords(e.unit);
  document.title = 'Effect: ' + e.intervention.title + ' · Learning reviews · Vigil';
  const counted = 'Registered incidents of ' + listWords('kind', e.intervention.kinds).toLowerCase() + ' at ' + unitWords(e.unit) + '.';
  const period = (p) => (p ? periodWords(p.from) + ' – ' + periodWords(p.to) : '');
  const change = e.changePercent === null || e.changePercent === undefined ? 'Cannot be said yet.'
    : e.changePercent === 0 ? 'As many registrations a month as before.'
    : (e.changePercent > 0 ? num(e.changePercent) + ' % more' : num(-e.changePercent) + ' % fewer') + ' registrations a month than before.';
  shown('effect', '',
    h('p', { id: 'effect-caution', class: 'caution' }, h('strong', {}, 'Read with care: '), e.caution, ' ', REPORTING_CULTURE),
    h('p', {}, counted, ' ', e.inPlaceSince ? ['In place since ', dayEl(e.inPlaceSince), '.'] : 'No follow-up action has it under way yet, so there is no before and after.'),
    e.before ? grid('effect-totals', 'Before and after, in whole months', ['', 'Months', 'Registrations', 'A month'], [
      h('tr', {}, h('th', { scope: 'row' }, 'Before (' + period(e.before) + ')'), h('td', { class: 'num' }, num(e.before.months)), h('td', { class: 'num' }, num(e.before.total)), h('td', { class: 'num' }, num(e.before.perMonth))),
      h('tr', {}, h('th', { scope: 'row' }, 'After (' + period(e.after) + ')'), h('td', { class: 'num' }, num(e.after.months)), h('td', { class: 'num' }, num(e.after.total)), h('td', { class: 'num' }, num(e.after.perMonth)))]) : null,
    e.before ? h('p', { class: 'summary' }, change, ' The month it started (' + periodWords(e.transition.month) + ') counts in neither.') : null,
    e.series ? grid('effect-months', 'Registrations month by month', ['Month', 'Period', 'Registrations'], e.series.map((p) =>
      h('tr', { 'data-phase': p.phase }, h('th', { scope: 'row' }, periodWords(p.month)),
        h('td', {}, p.phase === 'before' ? 'Before' : p.phase === 'after' ? 'After' : 'The month it started'),
        h('td', { class: 'num' }, p.count === null ? 'Not ended yet' : num(p.count))))) : null,
    h('h3', {}, 'The follow-up actions that put it in place'),
    h('ul', {}, e.actions.map((a) => h('li', {}, h('a', { href: '#review=' + encodeURIComponent(a.reviewId) }, 'Open the review'), ': ',
      words('actionStatus', a.status).toLowerCase() + ', due ', dayEl(a.dueOn), a.underWaySince ? [', under way since ', dayEl(a.underWaySince)] : null))));
}
`;
