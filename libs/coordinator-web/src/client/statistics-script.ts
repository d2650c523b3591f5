import { BASICS_JS } from './basics.script';
import { SESSION_JS } from './session.script';
import { STATISTICS_ACTION_CARDS_JS } from './statistics-action-cards.script';
import { STATISTICS_CONTROLS_JS } from './statistics-controls.script';
import { STATISTICS_REPORT_JS } from './statistics-report.script';
import { STATISTICS_REVISIONS_JS } from './statistics-revisions.script';
import { STATISTICS_TABLES_JS } from './statistics-tables.script';
import { STATISTICS_TARGETS_JS } from './statistics-targets.script';
import { STATISTICS_WORDS_JS } from './statistics-words.script';
import { STATISTICS_YEARLY_JS } from './statistics-yearly.script';

/** The page: the definitions first, then every section for the choice, each read on its own; a newer choice wins. */
const STATISTICS_APP_JS = String.raw`
let currentGeneration = 0;

function showStatistics() {
  fill($('main'),
    h('h1', {}, w('statistics.heading')),
    h('p', { class: 'lead' }, w('stats.lead')),
    h('p', { id: 'stats-status', class: 'status', role: 'status', 'aria-live': 'polite' }, w('stats.readingDefinitions')),
    h('div', { id: 'stats' }));
  loadDefinitions();
  return null;
}

async function loadDefinitions() {
  const res = await api('GET', '/statistics/indicators');
  if (res.status === 401) return;
  $('stats-status').textContent = '';
  if (!res.ok) return complain(problemWords(res));
  definitions = res.body || [];
  if (!definitions.length) {
    $('stats-status').textContent = w('stats.noDefinitions');
    return;
  }
  readState();
  writeState();
  showChoice(true);
}

/** Lays out the page for the current choice (the form too when asked) and reads every section; a newer choice wins. */
function showChoice(relayout) {
  currentGeneration += 1;
  const generation = currentGeneration;
  const focused = document.activeElement && document.activeElement.id;
  complain('');
  const d = chosen();
  if (relayout || !$('controls')) {
    forgetCharts($('stats'));
    fill($('stats'), h('p', { id: 'print-heading', class: 'print-only print-heading' }), controls(), h('div', { id: 'definition-box' }), h('div', { id: 'sections' }));
    if (focused && $(focused)) $(focused).focus();
  }
  $('show-now').hidden = !state.asKnownOn;
  const heading = { title: d.title, version: d.version, place: placeWordsNow(), from: state.from, to: state.to, day: dayWords(state.asKnownOn) };
  $('print-heading').textContent = w(state.asKnownOn ? 'stats.printHeadingOn' : 'stats.printHeading', heading) + ' ' + w('stats.printed', { day: dayWords(todayText()) });
  fill($('definition-box'), definitionNote(d));
  forgetCharts($('sections'));
  fill($('sections'),
    section('yearly', w('stats.yearly.title'), state.asKnownOn ? w('stats.yearly.introOn', { day: dayWords(state.asKnownOn) }) : w('stats.yearly.intro')),
    section('late', w('stats.late.title'), w('stats.late.intro')),
    section('triangle', w('stats.triangle.title'), w('stats.triangle.intro'), triangleForm()),
    section('report', w('stats.report.title'), w('stats.report.intro'), h('div', { id: 'report-form-box' })),
    section('targets', w('stats.goals.title'), w('stats.goals.intro')),
    section('published', w('stats.published.title'), w('stats.published.intro')),
    section('action-cards', w('stats.cards.title'), w('stats.cards.intro')));
  loadYearly(generation);
  loadLate(generation);
  loadTriangle(generation);
  loadReport(generation);
  loadTargets(generation);
  loadPublications(generation);
  loadActionCards(generation);
}

window.addEventListener('hashchange', () => {
  if (!me || !definitions.length) return;
  readState();
  showChoice(true);
});
`;

/** The statistics page's one script, built like the others: one strict-mode scope, nothing global but Chart.js's own. */
export const STATISTICS_SCRIPT = [
  '(() => {',
  "'use strict';",
  BASICS_JS,
  STATISTICS_WORDS_JS,
  STATISTICS_TABLES_JS,
  STATISTICS_CONTROLS_JS,
  STATISTICS_YEARLY_JS,
  STATISTICS_REVISIONS_JS,
  STATISTICS_REPORT_JS,
  STATISTICS_TARGETS_JS,
  STATISTICS_ACTION_CARDS_JS,
  SESSION_JS,
  STATISTICS_APP_JS,
  'begin(() => showStatistics());',
  '})();',
  '',
].join('\n');
