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
    h('p', { class: 'lead' }, 'The safety partnership\u2019s figures: year on year against the plan\u2019s targets, what was registered late, how the figures were revised and why, and what was published.'),
    h('p', { id: 'stats-status', class: 'status', role: 'status', 'aria-live': 'polite' }, 'Reading which figures are defined…'),
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
    $('stats-status').textContent = 'No figure has been defined yet: the safety partnership publishes a definition before anything is counted.';
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
  $('print-heading').textContent = 'Yearly report: ' + d.title + ', version ' + d.version + ' — ' + placeWordsNow() + ', ' + state.from + '–' + state.to +
    (state.asKnownOn ? ', beside the figures as known on ' + dayWords(state.asKnownOn) : '') + '. Printed ' + dayWords(todayText()) + '.';
  fill($('definition-box'), definitionNote(d));
  forgetCharts($('sections'));
  fill($('sections'),
    section('yearly', 'Year on year', 'The figures as known now' + (state.asKnownOn ? ', beside the figures as known on ' + dayWords(state.asKnownOn) : '') + ', with the plan\u2019s target line where there is one.'),
    section('late', 'Late registrations', 'Each year\u2019s figure when first released, when final, and now.'),
    section('triangle', 'How the figures were revised', 'Each figure as known on successive days, shaded by how far it moved from its first figure.', triangleForm()),
    section('report', 'What moved, and why', 'The incidents that went in or out of one year\u2019s figure between two days, or under an older definition.', h('div', { id: 'report-form-box' })),
    section('targets', 'Targets', 'Each plan\u2019s goals, their weight, and whether they were met each year.'),
    section('published', 'Published figures', 'Every edition published for this figure, beside the same figure as known now.'),
    section('action-cards', 'Action cards: uniform handling', 'How the mandatory steps of action-card runs were handled.'));
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
