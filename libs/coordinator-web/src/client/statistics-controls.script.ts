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
  const institution = WORDS.institution[params.get('institution')] ? params.get('institution') : '';
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
      'Version ' + d.version + (d.version === latest.version ? ' (latest)' : '') + ', from ' + dayWords(d.publishedAt)));
  const areaOptions = [h('option', { value: '' }, 'All areas')].concat(AREA_CODES.map((code) => h('option', { value: code, selected: code === state.area }, wordFor('area', code))));
  const institutionOptions = [h('option', { value: '' }, state.area ? 'All of ' + areaWords(state.area) : 'All institutions')].concat(
    (state.area ? [state.area] : AREA_CODES).map((area) =>
      h('optgroup', { label: wordFor('area', area) },
        institutionsIn(area).concat('off-duty').map((slug) =>
          h('option', { value: slug, selected: slug === state.institution }, slug === 'off-duty' ? 'Off duty (no institution)' : wordFor('institution', slug))))));
  return h('form', { id: 'controls', class: 'controls', 'aria-label': 'Choose the figures', onsubmit: (e) => e.preventDefault() },
    select('choose-indicator', 'Figure', indicatorOptions, (e) => change({ indicator: e.target.value, version: null }), true),
    select('choose-version', 'Definition', versionOptions, (e) => change({ version: e.target.value ? Number(e.target.value) : null }), true),
    select('choose-area', 'Area', areaOptions, (e) => change({ area: e.target.value, institution: '' })),
    select('choose-institution', 'Institution', institutionOptions, (e) => change({ institution: e.target.value })),
    select('choose-from', 'From year', yearOptions(state.from), (e) => change({ from: Number(e.target.value) })),
    select('choose-to', 'To year', yearOptions(state.to), (e) => change({ to: Number(e.target.value) })),
    h('div', { class: 'field' },
      h('label', { for: 'choose-known-on' }, 'As known on'),
      h('input', { id: 'choose-known-on', type: 'date', value: state.asKnownOn, max: todayText(), 'aria-describedby': 'known-on-hint', onchange: knownOnChanged }),
      h('p', { id: 'known-on-hint', class: 'muted hint' }, 'Leave empty for the figures as known now; pick a day to see them beside the figures as they stood then.')),
    h('p', { class: 'control-actions' },
      h('button', { id: 'show-now', type: 'button', hidden: !state.asKnownOn, onclick: showKnownNow }, 'Show only as known now'),
      ' ',
      h('button', { type: 'button', onclick: () => window.print() }, 'Print the yearly report')));
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
    ? 'each ' + (rules.exposedPersons || []).map((p) => wordFor('person', p)).join(' or ') + ' exposed, once per episode'
    : 'each episode once';
  return h('div', { id: 'definition', class: fresh ? 'definition break' : 'definition' },
    h('p', {}, h('strong', {}, d.title), ' — version ' + d.version + ', published ', dayEl(d.publishedAt), '.'),
    fresh ? h('p', { class: 'break-note' }, h('strong', {}, 'New definition: a break in series. '),
      'Figures under version ' + d.version + ' are counted another way than under version ' + (d.version - 1) + ' and are not to be compared with them. Why: ' + d.reason) : h('p', {}, d.reason),
    d.incidentsCounted === null ? h('p', { class: 'muted' }, 'This definition is still being counted; its figures appear when counting has finished.') : null,
    h('details', {},
      h('summary', {}, 'What this figure counts'),
      h('dl', { class: 'facts' },
        h('dt', {}, 'Kinds'), h('dd', {}, listWords('kind', rules.kinds)),
        h('dt', {}, 'Against'), h('dd', {}, listWords('target', rules.targets)),
        h('dt', {}, 'By'), h('dd', {}, listWords('perpetrator', rules.perpetrators)),
        h('dt', {}, 'Where'), h('dd', {}, listWords('location', rules.locations)),
        h('dt', {}, 'Counts'), h('dd', {}, counting),
        h('dt', {}, 'Left out'), h('dd', {}, ['exercises'].concat((rules.excludes || []).map((x) => (x === 'duplicate' ? 'duplicates' : 'reports marked ' + x.replace(/-/g, ' ')))).join(', ')),
        h('dt', {}, 'Dated by'), h('dd', {}, 'the day the incident happened'),
        h('dt', {}, 'First figures'), h('dd', {}, dayOfYearWords(rules.firstRelease) + ' the year after'),
        h('dt', {}, 'Final from'), h('dd', {}, dayOfYearWords(rules.cutOff) + ' the year after; what is recorded later is a late registration'))));
}
`;
