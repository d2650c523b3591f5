/**
 * What the statistics page shows: indicator, definition version, area, institution, years and "as known on", kept in the
 * address's #fragment (the page's own address takes no query), so a reload, a bookmark and sign-in come back to the view.
 */
export const STATISTICS_CONTROLS_JS = String.raw`
const THIS_YEAR = new Date().getFullYear();
const FIRST_YEAR = 2010;
const STATE_KEYS = ['indicator', 'version', 'area', 'institution', 'from', 'to', 'asKnownOn'];
let definitions = [];
let state = {};

function readState() {
  const params = new URLSearchParams(location.hash.slice(1));
  const year = (name, fallback) => {
    const value = parseInt(params.get(name) || '', 10);
    return value >= FIRST_YEAR && value <= THIS_YEAR ? value : fallback;
  };
  const indicators = indicatorCodes();
  const fallback = indicators.indexOf('staff-episodes') >= 0 ? 'staff-episodes' : indicators[0];
  const indicator = indicators.indexOf(params.get('indicator')) >= 0 ? params.get('indicator') : fallback;
  const version = versionsOf(indicator).some((d) => String(d.version) === params.get('version')) ? Number(params.get('version')) : null;
  const area = AREA_CODES.indexOf(params.get('area')) >= 0 ? params.get('area') : '';
  const institution = INSTITUTION_AREAS[params.get('institution')] || params.get('institution') === 'off-duty' ? params.get('institution') : '';
  let from = year('from', THIS_YEAR - 3);
  let to = year('to', THIS_YEAR);
  if (from > to) [from, to] = [to, from];
  const asKnownOn = /^\d{4}-\d\d-\d\d$/.test(params.get('asKnownOn') || '') ? params.get('asKnownOn') : '';
  state = { indicator: indicator, version: version, area: area, institution: institution, from: from, to: to, asKnownOn: asKnownOn };
}

function writeState() {
  const params = new URLSearchParams();
  for (const key of STATE_KEYS) if (state[key] !== null && state[key] !== '') params.set(key, String(state[key]));
  history.replaceState(null, '', location.pathname + '#' + params.toString());
}

const indicatorCodes = () => definitions.map((d) => d.indicator).filter((code, i, all) => all.indexOf(code) === i);
const versionsOf = (indicator) => definitions.filter((d) => d.indicator === indicator).sort((a, b) => a.version - b.version);
const latestOf = (indicator) => versionsOf(indicator).slice(-1)[0];
/** The definition the page shows: the chosen version, or the indicator's latest. */
const chosen = () => (state.version ? versionsOf(state.indicator).find((d) => d.version === state.version) : latestOf(state.indicator)) || latestOf(state.indicator);

/** The statistics API's query for the current choice; the version is named, so every table counts the same way. */
function query(extra) {
  const params = new URLSearchParams();
  params.set('indicator', state.indicator);
  params.set('version', String(chosen().version));
  for (const [key, value] of Object.entries(extra || {})) if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  return params;
}
const placeFilter = () => ({ area: state.area, institution: state.institution });
const placeWordsNow = () => (state.institution ? institutionWords(state.institution) : areaWords(state.area));

function yearOptions(selected) {
  const years = [];
  for (let y = THIS_YEAR; y >= FIRST_YEAR; y--) years.push(h('option', { value: y, selected: y === selected }, y));
  return years;
}

function select(id, label, options, onchange, wide) {
  return h('div', { class: wide ? 'field wide' : 'field' }, h('label', { for: id }, label), h('select', { id: id, onchange: onchange }, options));
}

/** The form at the top: every change re-reads the tables for the new choice. */
function controls() {
  const indicatorOptions = indicatorCodes().map((code) => h('option', { value: code, selected: code === state.indicator }, latestOf(code).title));
  const latest = latestOf(state.indicator);
  const versionOptions = versionsOf(state.indicator).reverse().map((d) =>
    h('option', { value: d.version === latest.version ? '' : d.version, selected: d.version === chosen().version },
      w(d.version === latest.version ? 'stats.versionLatestFrom' : 'stats.versionFrom', { version: d.version, day: dayWords(d.publishedAt) })));
  const areaOptions = [h('option', { value: '' }, w('stats.allAreas'))].concat(AREA_CODES.map((code) => h('option', { value: code, selected: code === state.area }, wordFor('area', code))));
  const institutionOptions = [h('option', { value: '' }, state.area ? w('stats.controls.allOf', { area: areaWords(state.area) }) : w('stats.controls.allInstitutions'))].concat(
    (state.area ? [state.area] : AREA_CODES).map((area) =>
      h('optgroup', { label: wordFor('area', area) },
        institutionsIn(area).concat('off-duty').map((slug) =>
          h('option', { value: slug, selected: slug === state.institution }, wordFor('institution', slug))))));
  return h('form', { id: 'controls', class: 'controls', 'aria-label': w('stats.controls.label'), onsubmit: (e) => e.preventDefault() },
    select('choose-indicator', w('stats.controls.figure'), indicatorOptions, (e) => change({ indicator: e.target.value, version: null }), true),
    select('choose-version', w('stats.controls.definition'), versionOptions, (e) => change({ version: e.target.value ? Number(e.target.value) : null }), true),
    select('choose-area', w('stats.controls.area'), areaOptions, (e) => change({ area: e.target.value, institution: '' })),
    select('choose-institution', w('stats.controls.institution'), institutionOptions, (e) => change({ institution: e.target.value })),
    select('choose-from', w('stats.controls.from'), yearOptions(state.from), (e) => change({ from: Number(e.target.value) })),
    select('choose-to', w('stats.controls.to'), yearOptions(state.to), (e) => change({ to: Number(e.target.value) })),
    h('div', { class: 'field' },
      h('label', { for: 'choose-known-on' }, w('stats.controls.knownOn')),
      h('input', { id: 'choose-known-on', type: 'date', value: state.asKnownOn, max: todayText(), 'aria-describedby': 'known-on-hint', onchange: knownOnChanged }),
      h('p', { id: 'known-on-hint', class: 'muted hint' }, w('stats.controls.knownOnHint'))),
    h('p', { class: 'control-actions' },
      h('button', { id: 'show-now', type: 'button', hidden: !state.asKnownOn, onclick: showKnownNow }, w('stats.controls.showNow')),
      ' ',
      h('button', { type: 'button', onclick: () => window.print() }, w('stats.controls.print'))));
}

/**
 * A new choice: the tables are read again. The form itself is laid out again only when its options depend on the change
 * (figure, definition, area) or the years had to be swapped, so a control being used is never replaced under the hand.
 */
function change(patch) {
  Object.assign(state, patch);
  let relayout = 'indicator' in patch || 'version' in patch || 'area' in patch;
  if (state.from > state.to) {
    [state.from, state.to] = [state.to, state.from];
    relayout = true;
  }
  if (patch.indicator || patch.version !== undefined) reportChoice = null;
  writeState();
  showChoice(relayout);
}

let knownOnTimer = null;

/** Typing a date changes it once per part typed (year 0002, 0020, …): wait for a whole, plausible day. */
function knownOnChanged(event) {
  const value = event.target.value;
  clearTimeout(knownOnTimer);
  if (value && value.slice(0, 4) < String(FIRST_YEAR)) return;
  knownOnTimer = setTimeout(() => change({ asKnownOn: value }), 300);
}

function showKnownNow() {
  clearTimeout(knownOnTimer);
  $('choose-known-on').value = '';
  $('choose-known-on').focus();
  change({ asKnownOn: '' });
}

/** What the chosen definition counts, and whether it begins a new series. */
function definitionNote(d) {
  const rules = d.rules;
  const fresh = d.version > 1;
  const counting = rules.counting === 'exposed-persons'
    ? w('stats.def.eachExposed', { persons: orWords(inRegisterOrder('person', rules.exposedPersons).map((p) => wordFor('person', p))) })
    : w('stats.def.eachEpisode');
  const leftOut = ['exercises'].concat(rules.excludes || []).map((x) => (WORDS['stats.excluded.' + x] === undefined ? x.replace(/-/g, ' ') : w('stats.excluded.' + x)));
  const fact = (key, value) => [h('dt', {}, w(key)), h('dd', {}, value)];
  return h('div', { id: 'definition', class: fresh ? 'definition break' : 'definition' },
    h('p', {}, h('strong', {}, d.title), wParts('stats.def.versionPublished', { version: d.version, day: dayEl(d.publishedAt) })),
    fresh ? h('p', { class: 'break-note' }, h('strong', {}, w('stats.def.break')),
      w('stats.def.breakWhy', { version: d.version, previous: d.version - 1, reason: d.reason })) : h('p', {}, d.reason),
    d.incidentsCounted === null ? h('p', { class: 'muted' }, w('stats.def.counting')) : null,
    h('details', {},
      h('summary', {}, w('stats.def.what')),
      h('dl', { class: 'facts' },
        fact('stats.def.kinds', listWords('kind', rules.kinds)),
        fact('stats.def.against', listWords('target', rules.targets)),
        fact('stats.def.by', listWords('perpetrator', rules.perpetrators)),
        fact('stats.def.where', listWords('location', rules.locations)),
        fact('stats.def.counts', counting),
        fact('stats.def.leftOut', leftOut.join(', ')),
        fact('stats.def.datedBy', w('stats.def.datedByDay')),
        fact('stats.def.firstFigures', w('stats.def.firstFiguresOn', { day: dayOfYearWords(rules.firstRelease) })),
        fact('stats.def.finalFrom', w('stats.def.finalFromOn', { day: dayOfYearWords(rules.cutOff) })))));
}
`;
