/**
 * Themes over time (which factor classes and texts recur by half-year, which interventions are used where, the year's
 * goal per area) and an intervention's effect at a unit (#effect=<id>&unit=<unit>): counts said plainly as registrations,
 * a sign of a reporting culture, never a ranking. Areas are always listed in the service's own order, never by count.
 */
export const LEARNING_THEMES_JS = String.raw`
const halfYearWords = (code) => {
  const m = /^(\d{4})-H([12])$/.exec(code || '');
  return m ? w(m[2] === '1' ? 'learning.halfYear.first' : 'learning.halfYear.second', { year: m[1] }) : code;
};
const areaOrNational = (area) => (area ? areaNamed(area) : w('learning.unit.national'));

function themesYearForm() {
  const years = [];
  for (let y = new Date().getFullYear() + 1; y >= 2020; y--) years.push([String(y), String(y)]);
  return h('form', { class: 'inline-form', 'aria-label': w('learning.goal.yearLabel'), onsubmit: (e) => e.preventDefault() },
    h('label', { for: 'themes-year' }, w('learning.goal.year')),
    h('select', { id: 'themes-year', onchange: (e) => {
      overview.year = Number(e.target.value);
      writeOverview();
      loadThemes(currentGeneration);
    } }, options(years, String(overview.year))));
}

async function loadThemes(generation) {
  reading('themes', w('learning.themes.reading'));
  const res = await read('/learning-review-themes?year=' + overview.year);
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
      ? grid('themes-texts', w('learning.themes.recurring'), ['factor', 'class', 'reviews', 'times'].map((key) => w('learning.col.' + key)), t.recurringTexts.map((x) =>
        h('tr', {}, h('th', { scope: 'row' }, x.text), h('td', {}, words('factorClass', x.class)), h('td', { class: 'num' }, num(x.reviews)), h('td', { class: 'num' }, num(x.factors)))))
      : h('p', { class: 'muted' }, w('learning.themes.noRecurring')),
    themeInterventions(t.interventions),
    themeGoal(t.goal, titles));
}

function themeClasses(classes) {
  if (!classes.length) return h('p', { class: 'muted' }, w('learning.themes.noFactors'));
  const halves = [...new Set(classes.flatMap((c) => c.byHalfYear.map((x) => x.halfYear)))].sort();
  const rows = Object.keys(LW.factorClass).map((cls) => {
    const c = classes.find((x) => x.class === cls) || { factors: 0, reviews: 0, byHalfYear: [] };
    const inHalf = (half) => (c.byHalfYear.find((x) => x.halfYear === half) || { factors: 0 }).factors;
    return h('tr', { 'data-class': cls }, h('th', { scope: 'row' }, words('factorClass', cls)),
      halves.map((half) => h('td', { class: 'num' }, num(inHalf(half)))), h('td', { class: 'num' }, num(c.factors)), h('td', { class: 'num' }, num(c.reviews)));
  });
  return grid('themes-classes', w('learning.themes.byClass'), [w('learning.col.class')].concat(halves.map(halfYearWords), [w('learning.col.all'), w('learning.col.reviewsFound')]), rows);
}

function themeInterventions(uses) {
  if (!uses.length) return h('p', { class: 'muted' }, w('learning.followUp.none'));
  // The service's own order; an area this deployment does not serve, if any, after it, and the whole service last.
  const inOrder = (u) => {
    const areas = UNIT_AREAS.concat(u.byArea.map((b) => b.area).filter((a) => a && UNIT_AREAS.indexOf(a) < 0), [null]);
    return areas.map((code) => u.byArea.find((b) => (b.area || null) === code)).filter(Boolean);
  };
  const rows = uses.flatMap((u) => inOrder(u).map((b, n, all) =>
    h('tr', {}, n === 0 ? h('th', { scope: 'row', rowspan: all.length }, u.title, h('br'), h('span', { class: 'muted' }, w(u.fromCatalogue ? 'learning.action.fromCatalogue' : 'learning.action.proposed'))) : null,
      h('td', {}, areaOrNational(b.area)), h('td', { class: 'num' }, num(b.actions)), h('td', { class: 'num' }, num(b.started)), h('td', { class: 'num' }, num(b.done)))));
  return grid('themes-interventions', w('learning.themes.interventions'), ['intervention', 'area', 'actions', 'started', 'done'].map((key) => w('learning.col.' + key)), rows);
}

function themeGoal(goal, titles) {
  return h('div', { id: 'themes-goal' },
    h('h3', {}, w('learning.goal.heading', { year: goal.year })),
    themesYearForm(),
    h('p', { class: 'summary' }, wn('learning.goal.summary', goal.areaCount, { year: goal.year, started: num(goal.areasStarted), share: percent(goal.share) })),
    grid('themes-goal-areas', w('learning.goal.caption', { year: goal.year }), ['area', 'started', 'which'].map((key) => w('learning.col.' + key)),
      goal.areas.map((a) => h('tr', { 'data-area': a.area }, h('th', { scope: 'row' }, areaNamed(a.area)), h('td', {}, w(a.started ? 'learning.yes' : 'learning.notYet')),
        h('td', {}, a.interventionIds.map((id) => titles[id] || slugWords(id)).join(', ') || '–')))));
}

async function showEffect(interventionId, unit, generation) {
  fill($('main'), h('p', { class: 'back' }, h('a', { href: '#' }, w('learning.allReviews'))), h('h1', { id: 'effect-title' }, w('learning.effect.heading')),
    part('effect', w('learning.effect.part')));
  reading('effect', w('learning.effect.reading'));
  const res = await read('/learning-interventions/' + encodeURIComponent(interventionId) + '/effect?unit=' + encodeURIComponent(unit));
  if (generation !== currentGeneration) return;
  if (!res.ok) {
    if (res.status === 403) complain(NO_LEARNING_ACCESS);
    return refused('effect', res);
  }
  const e = res.body;
  $('effect-title').textContent = w('learning.effect.title', { intervention: e.intervention.title, unit: unitWords(e.unit) });
  document.title = w('learning.effect.pageTitle', { intervention: e.intervention.title }) + ' · ' + w('learning.heading') + ' · Vigil';
  const counted = w('learning.effect.counted', { kinds: incidentKinds(e.intervention.kinds).join(', '), unit: unitWords(e.unit) });
  const period = (p) => (p ? periodWords(p.from) + ' – ' + periodWords(p.to) : '');
  const change = e.changePercent === null || e.changePercent === undefined ? w('learning.effect.unknown')
    : e.changePercent === 0 ? w('learning.effect.same')
    : w(e.changePercent > 0 ? 'learning.effect.more' : 'learning.effect.fewer', { percent: num(Math.abs(e.changePercent)) });
  shown('effect', '',
    h('p', { id: 'effect-caution', class: 'caution' }, h('strong', {}, w('learning.effect.careful')), e.caution, ' ', REPORTING_CULTURE),
    h('p', {}, counted, ' ', e.inPlaceSince ? [w('learning.effect.inPlaceSince'), ' ', dayEl(e.inPlaceSince), '.'] : w('learning.effect.notInPlace')),
    e.before ? grid('effect-totals', w('learning.effect.totals'), ['', w('learning.col.months'), w('learning.col.registrations'), w('learning.col.perMonth')], [
      h('tr', {}, h('th', { scope: 'row' }, w('learning.effect.before', { period: period(e.before) })), h('td', { class: 'num' }, num(e.before.months)), h('td', { class: 'num' }, num(e.before.total)), h('td', { class: 'num' }, num(e.before.perMonth))),
      h('tr', {}, h('th', { scope: 'row' }, w('learning.effect.after', { period: period(e.after) })), h('td', { class: 'num' }, num(e.after.months)), h('td', { class: 'num' }, num(e.after.total)), h('td', { class: 'num' }, num(e.after.perMonth)))]) : null,
    e.before ? h('p', { class: 'summary' }, change, ' ', w('learning.effect.transition', { month: periodWords(e.transition.month) })) : null,
    e.series ? grid('effect-months', w('learning.effect.months'), [w('learning.col.month'), w('learning.col.period'), w('learning.col.registrations')], e.series.map((p) =>
      h('tr', { 'data-phase': p.phase }, h('th', { scope: 'row' }, periodWords(p.month)),
        h('td', {}, w(p.phase === 'before' ? 'learning.effect.phaseBefore' : p.phase === 'after' ? 'learning.effect.phaseAfter' : 'learning.effect.phaseStart')),
        h('td', { class: 'num' }, p.count === null ? w('learning.effect.notEnded') : num(p.count))))) : null,
    h('h3', {}, w('learning.effect.actions')),
    h('ul', {}, e.actions.map((a) => h('li', {}, h('a', { href: '#review=' + encodeURIComponent(a.reviewId) }, w('learning.effect.openReview')), ': ',
      inSentence(words('actionStatus', a.status)), ', ', w('learning.effect.due'), ' ', dayEl(a.dueOn),
      a.underWaySince ? [', ', w('learning.effect.underWaySince'), ' ', dayEl(a.underWaySince)] : null))));
}
`;
