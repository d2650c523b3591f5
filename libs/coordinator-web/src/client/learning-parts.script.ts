/**
 * The learning page's building blocks: a section with its own status line, tables with captions, labelled form fields
 * with their error lines, a command sent with If-Match, and re-rendering that keeps what a person was typing.
 */
export const LEARNING_PARTS_JS = String.raw`
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const REVIEWER_ROLES = ['safety-partnership', 'coordinator', 'crisis-lead', 'institution-manager'];
const SIGNER_ROLES = ['safety-partnership', 'institution-manager'];
const FOLLOW_UP_ROLES = REVIEWER_ROLES.concat(['administrator']);

/** What the signed-in person's roles let them do; only a courtesy: the API decides, and says 403 in words if not. */
const holds = (roles) => !!me && (me.roles || []).some((r) => roles.indexOf(r) >= 0);

/** A part of the page: heading, what it shows, its controls (laid out once), a status line read out when it changes, a body. */
function part(id, title, intro, controls) {
  return h('section', { id: id, class: 'learning-section', 'aria-labelledby': id + '-heading' },
    h('h2', { id: id + '-heading' }, title),
    intro ? h('p', { class: 'lead' }, intro) : null,
    controls || null,
    h('p', { id: id + '-status', class: 'status', role: 'status', 'aria-live': 'polite' }),
    h('div', { id: id + '-body' }));
}

function reading(id, text) {
  const status = $(id + '-status');
  if (!status) return;
  status.classList.remove('failed');
  status.textContent = text;
  $(id + '-body').setAttribute('aria-busy', 'true');
}

/** The part's answer: its status line says what (or nothing); its body shows the nodes, keeping what was being typed. */
function shown(id, text, ...nodes) {
  const status = $(id + '-status');
  if (!status) return;
  status.classList.remove('failed');
  status.textContent = text || '';
  $(id + '-body').removeAttribute('aria-busy');
  refill($(id + '-body'), nodes);
}

function refused(id, res) {
  shown(id, learningProblem(res, 'read'));
  if ($(id + '-status')) $(id + '-status').classList.add('failed');
}

/**
 * Replaces an element's content, keeping what the person had typed or opened: values of fields that differ from their
 * default, and open details, by id (ids are stable across renders), and the focus.
 */
function refill(el, nodes) {
  const kept = new Map();
  el.querySelectorAll('input[id], textarea[id], select[id]').forEach((f) => {
    if (f.type === 'checkbox' || f.type === 'radio') {
      if (f.checked !== f.defaultChecked) kept.set(f.id, f.checked);
    } else if (f.tagName === 'SELECT' ? !f.options[f.selectedIndex] || !f.options[f.selectedIndex].defaultSelected : f.value !== f.defaultValue) kept.set(f.id, f.value);
  });
  const open = new Set([...el.querySelectorAll('details[open][id]')].map((d) => d.id));
  const focused = document.activeElement && el.contains(document.activeElement) ? document.activeElement.id : '';
  fill(el, nodes);
  for (const [id, value] of kept) {
    const f = $(id);
    if (!f || !el.contains(f)) continue;
    if (f.type === 'checkbox' || f.type === 'radio') f.checked = value;
    else f.value = value;
  }
  open.forEach((id) => $(id) && el.contains($(id)) && $(id).setAttribute('open', ''));
  if (focused && $(focused)) $(focused).focus();
}

function grid(id, caption, heads, rows) {
  return h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-labelledby': id + '-caption' },
    h('table', { id: id },
      h('caption', { id: id + '-caption' }, caption),
      h('thead', {}, h('tr', {}, heads.map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, rows)));
}

const badge = (text, cls) => h('span', { class: 'badge ' + (cls || '') }, text);
const paragraphs = (text) => String(text || '').split(/\n{2,}/).map((p) => h('p', {}, p));

/** A labelled control with its hint and error line; the id is form-name, so errors find it and drafts survive. */
function field(form, name, label, control, hint) {
  const id = form + '-' + name;
  control.id = id;
  control.name = name;
  control.setAttribute('aria-describedby', (hint ? id + '-hint ' : '') + id + '-error');
  return h('div', { class: 'field', 'data-field': name },
    h('label', { for: id }, label),
    hint ? h('p', { id: id + '-hint', class: 'muted hint' }, hint) : null,
    control,
    h('p', { id: id + '-error', class: 'field-error', 'aria-live': 'polite' }));
}

function options(pairs, value, prompt) {
  return [prompt ? h('option', { value: '' }, prompt) : null].concat(pairs.map((p) => h('option', { value: p[0], selected: p[0] === value }, p[1])));
}
const pairsOf = (group) => Object.keys(LW[group]).map((code) => [code, LW[group][code]]);
function textBox(rows, value) {
  const t = h('textarea', { rows: rows || 3 });
  t.defaultValue = value || '';
  return t;
}

/** Every unit an action or a review can belong to, institutions grouped by area. */
function unitOptions(value, prompt) {
  return [h('option', { value: '' }, prompt || w('learning.unit.choose')), h('option', { value: 'national', selected: value === 'national' }, w('learning.unit.national'))].concat(
    UNIT_AREAS.map((code) => h('optgroup', { label: areaNamed(code) },
      h('option', { value: 'area:' + code, selected: value === 'area:' + code }, w('learning.unit.wholeArea', { area: areaNamed(code) })),
      institutionsOf(code).map((slug) => h('option', { value: 'institution:' + slug, selected: value === 'institution:' + slug }, institutionNamed(slug))))));
}

/** A form's field errors from a 400, beside each field (a form prefix-form has fields prefix-name); the whole in words on the problem line. */
function showErrors(form, res) {
  form.querySelectorAll('.field-error').forEach((p) => (p.textContent = ''));
  form.querySelectorAll('[aria-invalid]').forEach((c) => c.removeAttribute('aria-invalid'));
  if (!res) return;
  let placed = false;
  const prefix = form.id.replace(/-form$/, '');
  for (const e of (res.body && res.body.errors) || []) {
    const id = prefix + '-' + String(e.field || '').split('.').pop();
    if (!$(id + '-error')) continue;
    if ($(id)) $(id).setAttribute('aria-invalid', 'true');
    $(id + '-error').textContent = problemType(res) === 'person-in-text' ? w('learning.problem.namesPerson') : fieldWords(e);
    placed = true;
  }
  complain(learningProblem(res) + (placed ? ' ' + w('learning.problem.fieldsMarked') : ''));
}

/**
 * A read or a command, asked in the page's language (so the timeline's lines and the API's refusals come in it), with the
 * revision the page read as If-Match where one is given; 401 ends the session as everywhere.
 */
async function send(method, path, body, revision) {
  const headers = { Accept: 'application/json', 'Accept-Language': LANG };
  const init = { method: method, headers: headers, credentials: 'same-origin' };
  if (method !== 'GET') {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body || {});
  }
  if (revision !== undefined && revision !== null) headers['If-Match'] = '"' + revision + '"';
  let response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    return { status: 0, ok: false, body: { title: w('api.noConnection') } };
  }
  if (response.status === 401) sessionEnded();
  const text = await response.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch (error) {
    data = { detail: text };
  }
  return { status: response.status, ok: response.ok, body: data };
}

const read = (path) => send('GET', path);

/** While a command runs its form's buttons wait, so one click records once. */
async function busyWhile(form, task) {
  const buttons = form ? [...form.querySelectorAll('button')] : [];
  buttons.forEach((b) => (b.disabled = true));
  try {
    return await task();
  } finally {
    buttons.forEach((b) => (b.disabled = false));
  }
}
`;
