/**
 * Browser helpers: a DOM builder (text only, never innerHTML), the API call (the session cookie says who
 * is asking; the browser sends it with every same-origin request), and the words the page uses. Plain ES2020,
 * no template literals.
 */
export const BASICS_JS = String.raw`
const STAFF_REF = /^[A-Z]{2,4}-[0-9A-Z]{4,12}$/;
/** The areas and regions this deployment serves, for choosing one: [slug, name], names from the organisation catalogue. */
const AREAS = SERVED_AREAS.map((slug) => [slug, AREA_NAMES[slug] || slug]);
const EVENT_WORDS = {
  'action-cards.run-started.v1': w('event.runStarted'),
  'action-cards.step-assigned.v1': w('event.stepAssigned'),
  'action-cards.step-completed.v1': w('event.stepCompleted'),
  'action-cards.step-skipped.v1': w('event.stepSkipped'),
  'action-cards.step-reopened.v1': w('event.stepReopened'),
  'action-cards.step-became-overdue.v1': w('event.stepOverdue'),
  'action-cards.step-escalated.v1': w('event.stepEscalated'),
  'action-cards.run-completed.v1': w('event.runCompleted'),
  'action-cards.run-reopened.v1': w('event.runReopened'),
};
/** How a run began, in words; the fields beside are the run's trigger (an incident, a crisis activation) or who started it. */
const START_WORDS = {
  byHand: w('start.byHand'),
  byActivation: w('start.byActivation'),
  activationFallback: (t) => w('start.activationFallback', { plan: t.planId, version: t.planVersion }),
  activated: w('start.activated'),
  byIncident: w('start.byIncident'),
  incidentFallback: w('start.incidentFallback'),
  incidentLabel: (state) => w('start.incidentLabel', { kind: roleName(state.kind), target: roleName(state.target) }),
  byPolicy: (version) => w('start.byPolicy', { version: version }),
  exercise: w('start.exercise'),
};
/** How late a step was closed: "9 days 23 hours late"; under a day in hours and minutes. */
const LATE_WORDS = { done: w('late.done'), doneLate: w('late.doneLate'), late: w('late.late') };

/** The switcher in the header: the choice goes in a cookie (a year, this site only), and the page comes back in that language. */
document.querySelectorAll('button[data-lang]').forEach((button) =>
  button.addEventListener('click', () => {
    document.cookie = 'vigil-lang=' + button.getAttribute('data-lang') + '; Path=/; Max-Age=31536000; SameSite=Lax';
    location.reload();
  }));

const $ = (id) => document.getElementById(id);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const areaName = (area) => (area === 'national' ? w('area.national') : AREA_NAMES[area] || area);
/** An institution by its catalogue name ("Oslo fengsel"), never its slug. */
const institutionName = (slug) => INSTITUTION_NAMES[slug] || slug;
const roleName = (role) => (role ? role.replace(/-/g, ' ') : '');
/** Who answers for a step, in the page's words (the authoring page's names for the card roles). */
const responsibleName = (role) => (role && WORDS['authoring.responsible.' + role]) || roleName(role);
const eventWords = (type) => EVENT_WORDS[type] || type;

function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat(3)) {
    if (child !== null && child !== undefined && child !== false) el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

/** How long after its deadline a step was closed, in words; null when it was closed by the deadline (or is not closed). */
function lateBy(dueAt, closedAt) {
  if (!dueAt || !closedAt) return null;
  const minutes = Math.round((new Date(closedAt).getTime() - new Date(dueAt).getTime()) / 60000);
  if (!(new Date(closedAt) > new Date(dueAt))) return null;
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const parts = days
    ? [wn('late.day', days), hours ? wn('late.hour', hours) : null]
    : hours
      ? [wn('late.hour', hours), rest ? wn('late.minute', rest) : null]
      : [wn('late.minute', Math.max(rest, 1))];
  return parts.filter(Boolean).join(' ') + LATE_WORDS.late;
}

function when(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  return h('time', { datetime: date.toISOString() }, date.toLocaleString(LOCALE, { dateStyle: 'medium', timeStyle: 'short' }));
}

/** Replaces an element's children with the given nodes, nested lists flattened and gaps dropped. */
function fill(el, ...nodes) {
  el.replaceChildren(...nodes.flat(3).filter((n) => n !== null && n !== undefined && n !== false));
}

/** Polite announcement of what changed. */
function say(text) {
  $('notice').textContent = text;
}

/** A refusal or conflict, announced at once and kept visible until the next action. */
function complain(text) {
  const box = $('problem');
  box.textContent = text || '';
  box.hidden = !text;
}

async function api(method, path, body) {
  const headers = { Accept: 'application/json', 'Accept-Language': LANG }; // refusals in the page's language, not the browser's
  const init = { method: method, headers: headers, credentials: 'same-origin' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    return { status: 0, ok: false, body: { title: w('api.noConnection'), detail: w('api.unreachable') } };
  }
  // The session ended while the page was open (signed out in another tab, expired): say so, keep what is on the page.
  if (response.status === 401 && path !== '/auth/me') sessionEnded();
  const text = await response.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch (error) {
    data = { detail: text };
  }
  return { status: response.status, ok: response.ok, body: data };
}

/** A problem+json answer in one plain sentence; each refused field is named by its label in its message, never by its field name. */
function problemText(res) {
  const body = res.body || {};
  const detail = body.detail || '';
  const others = (body.errors || []).filter((e) => detail.indexOf(e.message) < 0).map((e) => e.message);
  const text = (body.title || 'HTTP ' + res.status) + (detail ? ': ' + detail : '') + (others.length ? ' (' + others.join('; ') + ')' : '');
  return /[.!?]$/.test(text) ? text : text + '.';
}

/** Runs the task one at a time; calls during a run fold into one more run with the highest revision asked for. */
function coalesce(task) {
  let running = null;
  let again = false;
  let wanted;
  return function run(revision) {
    if (revision !== undefined) wanted = Math.max(wanted === undefined ? -1 : wanted, revision);
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          const asked = wanted;
          wanted = undefined;
          await task(asked);
        } while (again);
      } finally {
        running = null;
      }
    })();
    return running;
  };
}

/**
 * Each cell of a table in main says which column it is in (data-label, from the column's headers, grouped ones joined), and
 * the table keeps its roles when a small screen's CSS reflows it into one card a row (display: block drops them otherwise).
 */
function labelTable(table) {
  const head = table.tHead;
  if (!head || !head.rows.length) return;
  const labels = [];
  const taken = [];
  Array.from(head.rows).forEach((row, r) => {
    let col = 0;
    for (const cell of Array.from(row.cells)) {
      while (taken[r] && taken[r][col]) col++;
      const text = cell.textContent.trim();
      for (let c = col; c < col + (cell.colSpan || 1); c++) {
        for (let k = r; k < r + (cell.rowSpan || 1); k++) (taken[k] = taken[k] || [])[c] = true;
        labels[c] = labels[c] || [];
        if (text && labels[c].indexOf(text) < 0) labels[c].push(text);
      }
      col += cell.colSpan || 1;
    }
  });
  table.classList.add('stack');
  table.setAttribute('role', 'table');
  Array.from(table.querySelectorAll(':scope > thead, :scope > tbody, :scope > tfoot')).forEach((group) => group.setAttribute('role', 'rowgroup'));
  for (const row of Array.from(table.rows)) {
    row.setAttribute('role', 'row');
    let col = 0;
    for (const cell of Array.from(row.cells)) {
      const rowHeader = cell.tagName === 'TH' && (cell.scope === 'row' || cell.parentElement.parentElement !== head);
      cell.setAttribute('role', cell.tagName === 'TD' ? 'cell' : rowHeader ? 'rowheader' : 'columnheader');
      const label = (labels[col] || []).join(' · ');
      // A row's first header is the card's heading on a small screen; every other cell says its column.
      if (row.parentElement !== head && !(rowHeader && cell === row.cells[0]) && label) cell.setAttribute('data-label', label);
      col += cell.colSpan || 1;
    }
  }
}

const labelTables = () => document.querySelectorAll('main table').forEach(labelTable);
new MutationObserver(labelTables).observe(document.body, { childList: true, subtree: true });
`;
