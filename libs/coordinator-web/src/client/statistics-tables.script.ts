/**
 * The statistics page's building blocks: a section with its own status line, a table with caption and download links
 * (the same API address as CSV and as JSON), a problem from the API in words, and a Chart.js chart drawn beside its table.
 */
export const STATISTICS_TABLES_JS = String.raw`
const charts = new Map();
const csvUrls = new Map();

/** A problem from the API, in words for the person reading. */
function problemWords(res) {
  if (res.status === 0) return w('stats.problem.unreachable');
  if (res.status === 401) return w('stats.problem.signedOut');
  if (res.status === 403) return w('stats.problem.noAccess');
  if (res.status === 404) return w('stats.problem.notYet');
  if (res.status === 400 || res.status === 422) return w('stats.problem.cannotAnswer', { problem: problemText(res) });
  return w('stats.problem.server', { status: res.status });
}

/** A section of the page: heading, a line about what it shows, a status line read out when it changes, and a body. */
function section(id, title, intro, extra) {
  return h('section', { id: id, class: 'stats-section', 'aria-labelledby': id + '-heading' },
    h('h2', { id: id + '-heading' }, title),
    intro ? h('p', { class: 'lead' }, intro) : null,
    extra || null,
    h('p', { id: id + '-status', class: 'status', role: 'status', 'aria-live': 'polite' }),
    h('div', { id: id + '-body', class: 'section-body' }));
}

function busy(id, text) {
  const status = $(id + '-status');
  status.classList.remove('failed');
  status.textContent = text;
  $(id + '-body').setAttribute('aria-busy', 'true');
}

/** The section's answer: its status line says what (or nothing), its body shows the nodes. */
function show(id, text, ...nodes) {
  const status = $(id + '-status');
  status.classList.remove('failed');
  status.textContent = text || '';
  $(id + '-body').removeAttribute('aria-busy');
  forgetCharts($(id + '-body'));
  fill($(id + '-body'), nodes);
}

/** The section could not be read: the problem in words, nothing stale left showing. */
function failed(id, res) {
  show(id, problemWords(res));
  $(id + '-status').classList.add('failed');
}

const withCsv = (path) => path + (path.indexOf('?') < 0 ? '?' : '&') + 'format=csv';

/** The table's own data: the API address as CSV and as JSON (the session cookie goes along, as with the page's reads). */
function downloads(path, what) {
  return h('p', { class: 'downloads' },
    h('a', { href: withCsv(path), download: '', 'aria-label': w('stats.download.csvOf', { what: what }) }, w('stats.download.csv')),
    ' · ',
    jsonLink(path, what));
}

const jsonLink = (path, what) => h('a', { href: path, 'aria-label': w('stats.download.jsonOf', { what: what }) }, w('stats.download.json'));

/** A CSV made in the page, for a table whose API answers only JSON. */
function csvLink(name, header, lines, what) {
  const quote = (v) => (/[",\n]/.test(String(v)) ? '"' + String(v).replace(/"/g, '""') + '"' : String(v));
  const text = '\uFEFF' + [header].concat(lines).map((line) => line.map((v) => (v === null || v === undefined ? '' : quote(v))).join(',')).join('\r\n') + '\r\n';
  if (csvUrls.has(what)) URL.revokeObjectURL(csvUrls.get(what));
  const href = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  csvUrls.set(what, href);
  return h('a', { href: href, download: name + '.csv', 'aria-label': w('stats.download.csvOf', { what: what }) }, w('stats.download.csv'));
}

/** A table with its caption; wide tables scroll in their own box, never the page. */
function dataTable(id, caption, headRows, bodyRows, footRows) {
  return h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-labelledby': id + '-caption' },
    h('table', { id: id },
      h('caption', { id: id + '-caption' }, caption),
      h('thead', {}, headRows),
      h('tbody', {}, bodyRows),
      footRows && footRows.length ? h('tfoot', {}, footRows) : null));
}

const th = (text, attrs) => h('th', Object.assign({ scope: 'col' }, attrs || {}), text);
const rowHead = (attrs, ...content) => h('th', Object.assign({ scope: 'row' }, attrs || {}), content);
const numCell = (value, attrs, ...extra) => h('td', Object.assign({ class: 'num' }, attrs || {}), num(value), extra);
const small = (...content) => h('span', { class: 'small' }, content);

/** A Chart.js chart in a canvas that describes itself as the picture of the table beside it. */
function chartBox(id, label) {
  return h('figure', { class: 'chart', id: id },
    h('div', { class: 'chart-box' }, h('canvas', { role: 'img', 'aria-label': label })),
    h('figcaption', { class: 'muted' }, label));
}

function drawChart(figure, config) {
  const canvas = figure.querySelector('canvas');
  if (!window.Chart) {
    fill(figure, h('p', { class: 'muted' }, w('stats.chart.failed')));
    return null;
  }
  const chart = new window.Chart(canvas, config);
  charts.set(canvas, chart);
  return chart;
}

/** Charts in a part of the page about to be replaced let go of their canvas. */
function forgetCharts(root) {
  for (const [canvas, chart] of charts) {
    if (root.contains(canvas)) {
      chart.destroy();
      charts.delete(canvas);
    }
  }
}

const PALETTE = ['#0b4f9c', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#7a5195', '#6b6b6b'];

// Printing: the charts take the printed page's width, then the screen's again.
const resizeCharts = () => charts.forEach((chart) => chart.resize());
window.addEventListener('beforeprint', resizeCharts);
window.addEventListener('afterprint', resizeCharts);
`;
