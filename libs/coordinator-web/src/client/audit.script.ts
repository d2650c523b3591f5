import { BASICS_JS } from './basics.script';
import { BASE_CSS, SMALL_SCREENS_CSS } from './page-styles';
import { REPLAY_WORDS_JS } from './replay-words.script';
import { SESSION_JS } from './session.script';

/**
 * The access-log page for auditors: filters (person, record prefix, period), a table newest first, 50 a page.
 * The filters and the page live in the address, so a reload, the back button and sign-in come back to the same view.
 */
export const AUDIT_JS = String.raw`
const PAGE_SIZE = 50;
const FILTERS = [
  ['actor', w('accessLog.filter.actor'), 'text', w('accessLog.filter.actorHint')],
  ['resource', w('accessLog.filter.resource'), 'text', w('accessLog.filter.resourceHint')],
  ['from', w('accessLog.filter.from'), 'date', w('accessLog.filter.fromHint')],
  ['to', w('accessLog.filter.to'), 'date', w('accessLog.filter.toHint')],
];

/** Midnight at the start of a local day as an instant; days later for the end of a period. */
const dayStart = (day, later) => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d + (later || 0)).toISOString();
};
const unitWords = (unit) =>
  !unit ? w('accessLog.notRecorded')
    : unit === 'national' ? w('accessLog.national')
    : unit.startsWith('area:') ? areaName(unit.slice(5))
    : unit.startsWith('institution:') ? INSTITUTION_NAMES[unit.slice(12)] || unit.slice(12)
    : unit;
const roleWords = (roles) => (roles ? roles.split(/[\s,]+/).filter(Boolean).map(roleWord).join(', ') : w('accessLog.notRecorded'));

/** A record by its kind in words and a short id, linked to its replay; anything else read (a list) as recorded. */
function resourceView(resource) {
  const slash = String(resource).indexOf('/');
  const kind = slash > 0 ? Object.keys(KINDS).find((k) => KINDS[k][1] === resource.slice(0, slash + 1)) : undefined;
  const id = resource.slice(slash + 1);
  if (!kind || !UUID.test(id)) return h('code', {}, resource);
  return h('a', { href: '/audit#' + kind + '=' + id.toLowerCase() }, KINDS[kind][0] + ' ', shortId(id));
}

function readFilters() {
  const params = new URLSearchParams(location.search);
  const filters = {};
  for (const [name] of FILTERS) filters[name] = params.get(name) || '';
  filters.offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
  return filters;
}

function showAccessLog() {
  const filters = readFilters();
  const fields = FILTERS.map(([name, label, type, hint]) =>
    h('div', { class: 'field' },
      h('label', { for: 'filter-' + name }, label),
      h('input', { id: 'filter-' + name, name: name, type: type, value: filters[name], 'aria-describedby': 'filter-' + name + '-hint', autocomplete: 'off' }),
      h('p', { id: 'filter-' + name + '-hint', class: 'muted hint' }, hint)));
  const form = h('form', { id: 'audit-filters', class: 'filters', role: 'search', 'aria-label': w('accessLog.filterLabel'), onsubmit: applyFilters },
    fields,
    h('p', { class: 'filter-actions' }, h('button', { type: 'submit' }, w('accessLog.show')), ' ', h('button', { type: 'button', onclick: clearFilters }, w('accessLog.clear'))));
  fill($('main'),
    h('h1', {}, w('accessLog.heading')),
    h('p', { class: 'lead' }, w('accessLog.lead')),
    form,
    h('p', { id: 'audit-status', class: 'audit-status', role: 'status', 'aria-live': 'polite' }),
    h('div', { id: 'audit-results' }),
    h('nav', { id: 'audit-pager', class: 'pager', 'aria-label': w('accessLog.pages') }));
  load(filters);
  return null;
}

function applyFilters(event) {
  event.preventDefault();
  const form = event.currentTarget;
  const filters = { offset: 0 };
  for (const [name] of FILTERS) filters[name] = form.elements[name].value.trim();
  go(filters);
}

function clearFilters() {
  const filters = { offset: 0 };
  for (const [name] of FILTERS) {
    filters[name] = '';
    $('filter-' + name).value = '';
  }
  go(filters);
}

/** Puts the filters in the address and reads that page. */
function go(filters) {
  const params = new URLSearchParams();
  for (const [name] of FILTERS) if (filters[name]) params.set(name, filters[name]);
  if (filters.offset) params.set('offset', String(filters.offset));
  const query = params.toString();
  history.pushState(null, '', location.pathname + (query ? '?' + query : ''));
  load(filters);
}

async function load(filters) {
  complain('');
  const params = new URLSearchParams();
  if (filters.actor) params.set('actor', filters.actor.toUpperCase());
  if (filters.resource) params.set('resource', filters.resource);
  if (filters.from) params.set('from', dayStart(filters.from));
  if (filters.to) params.set('to', dayStart(filters.to, 1));
  params.set('limit', String(PAGE_SIZE));
  params.set('offset', String(filters.offset));
  $('audit-status').textContent = w('accessLog.reading');
  const res = await api('GET', '/access-log?' + params.toString());
  if (res.status === 401) return;
  if (res.status === 403) {
    $('audit-status').textContent = '';
    fill($('audit-results'));
    fill($('audit-pager'));
    return complain(w('accessLog.onlyAuditors'));
  }
  if (!res.ok) {
    $('audit-status').textContent = '';
    return complain(problemText(res));
  }
  render(filters, res.body);
}

function render(filters, page) {
  const entries = page.entries || [];
  if (!entries.length) {
    $('audit-status').textContent = w(page.total ? 'accessLog.emptyPage' : 'accessLog.noMatch');
    fill($('audit-results'));
  } else {
    $('audit-status').textContent = w('accessLog.showing', { first: num(page.offset + 1), last: num(page.offset + entries.length), total: num(page.total) });
    const head = h('tr', {}, ['when', 'who', 'record', 'view', 'roles', 'unit'].map((k) => w('accessLog.col.' + k)).map((name) => h('th', { scope: 'col' }, name)));
    const rows = entries.map((entry) =>
      h('tr', { 'data-entry-id': entry.id },
        h('td', { class: 'when' }, when(entry.readAt)),
        h('th', { scope: 'row', class: 'who' }, entry.actor),
        h('td', { class: 'record' }, resourceView(entry.resource)),
        h('td', { class: 'view', title: entry.view }, viewWords(entry.view)),
        h('td', { class: 'roles' }, roleWords(entry.roles)),
        h('td', { class: 'unit' }, unitWords(entry.unit))));
    fill($('audit-results'),
      h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'audit-caption' },
        h('table', { id: 'audit-table' }, h('caption', { id: 'audit-caption' }, w('accessLog.caption')), h('thead', {}, head), h('tbody', {}, rows))));
  }
  const newer = filters.offset > 0;
  const older = page.offset + entries.length < page.total;
  fill($('audit-pager'),
    newer || older ? [
      h('button', { type: 'button', disabled: !newer, onclick: () => go(Object.assign({}, filters, { offset: Math.max(0, filters.offset - PAGE_SIZE) })) }, w('accessLog.newer')),
      ' ',
      h('button', { type: 'button', disabled: !older, onclick: () => go(Object.assign({}, filters, { offset: filters.offset + PAGE_SIZE })) }, w('accessLog.older')),
    ] : null);
}

window.addEventListener('popstate', () => {
  if (me) showAccessLog();
});
`;

/** The page's one script: one strict-mode scope, nothing global; the replay's words name the views and roles read. */
export const AUDIT_SCRIPT = ['(() => {', "'use strict';", BASICS_JS, REPLAY_WORDS_JS, AUDIT_JS, SESSION_JS, 'begin(() => showAccessLog());', '})();', ''].join(
  '\n',
);

/** The coordinator's styles, plus filters side by side where there is room and a table that scrolls in its own box. */
export const AUDIT_CSS =
  BASE_CSS +
  `
.lead { color: #333; max-width: 46rem; }
form.filters { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 0 1rem; background: #fff; border: 1px solid #ccc; padding: .5rem .75rem; }
form.filters .hint { margin: .1rem 0 .3rem; }
form.filters .filter-actions { grid-column: 1 / -1; margin: .3rem 0; }
.audit-status:empty { display: none; }
.table-scroll { overflow-x: auto; max-width: 100%; }
.table-scroll table { min-width: 44rem; }
caption { text-align: left; font-weight: 600; padding: .3rem 0; }
td.when, th.who { white-space: nowrap; }
td.record code { word-break: break-all; }
.pager button[disabled] { cursor: default; opacity: .6; }
` +
  SMALL_SCREENS_CSS;
