/**
 * The authoring page's vocabulary and small helpers: situations, responsible roles, scenarios, crisis roles and levels in
 * the page's words (values are the API's: action-card.vocabulary.ts and crisis.vocabulary.ts), durations in days, hours and
 * minutes, statuses in words, and the slugs the API wants for new cards, plans and steps (made from titles, never typed).
 */
export const AUTHORING_WORDS_JS = String.raw`
const SITUATIONS = ['violence-against-employee', 'threats-against-employee-off-duty', 'threat-against-employee', 'violence-between-inmates', 'security-cell-placement', 'crisis-scenario'];
const RESPONSIBLE_ROLES = ['employee', 'crisis-coordinator', 'duty-officer', 'nearest-manager', 'institution-manager', 'security-officer', 'hr-consultant',
  'psychologist', 'certified-risk-assessor', 'legal-officer', 'area-director', 'area-security-chief', 'directorate-duty-officer'];
const SCENARIOS = ['riot', 'hostage-taking', 'escape', 'fire', 'pandemic', 'it-outage', 'threats-against-staff', 'death-in-custody', 'other'];
const PLAN_ROLES = ['crisis-lead', 'log-keeper', 'communications', 'liaison'];
const PLAN_LEVELS = ['operational', 'tactical', 'strategic'];
const DURATION_UNITS = { minutes: 1, hours: 60, days: 1440 };

/** A value in the page's words; the API's own value when the page does not know it yet. */
const wordOr = (key, value) => (WORDS[key + '.' + value] === undefined ? roleName(value) : w(key + '.' + value));
const situationName = (value) => wordOr('authoring.situation', value);
const scenarioName = (value) => wordOr('authoring.scenario', value);
const planRoleName = (value) => wordOr('authoring.planRole', value);
const planLevelName = (value) => wordOr('crisis.level', value);

/** Only administrators write, publish and retire cards and plans (the route policies); the API decides, this only spares a refusal. */
const mayAuthor = () => !!me && (me.roles || []).indexOf('administrator') >= 0;

/** "1 day 2 hours", "30 minutes". */
function durationWords(minutes) {
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  return [days ? wn('late.day', days) : null, hours ? wn('late.hour', hours) : null, rest || !(days || hours) ? wn('late.minute', rest) : null].filter(Boolean).join(' ');
}

/** A deadline as the editor shows it: in the largest unit it fits whole. */
function splitDuration(minutes) {
  if (minutes && minutes % 1440 === 0) return { amount: String(minutes / 1440), unit: 'days' };
  if (minutes && minutes % 60 === 0) return { amount: String(minutes / 60), unit: 'hours' };
  return { amount: String(minutes || ''), unit: 'minutes' };
}

const dateWords = (iso) => new Date(iso).toLocaleDateString(LOCALE, { dateStyle: 'medium' });

/** A card's or plan's status in words: never published, published (and a draft on its way), retired. */
function statusWords(item) {
  if (item.status === 'retired') return w('authoring.status.retired');
  if (item.status === 'drafting' || item.currentVersion === null) return w('authoring.status.drafting', { draft: item.draftVersion || 1 });
  if (item.draftVersion) return w('authoring.status.publishedWithDraft', { version: item.currentVersion, draft: item.draftVersion });
  return w('authoring.status.published', { version: item.currentVersion });
}

const versionStatusWords = (status) => wordOr('authoring.versionStatus', status);

/** A slug the API takes (lower-case letters, digits, hyphens), made from a title and kept clear of those taken. */
function slugOf(text, taken, fallback) {
  const base = String(text || '').toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+/, '').slice(0, 60).replace(/-+$/, '') || fallback;
  let slug = base;
  for (let n = 2; taken.indexOf(slug) >= 0; n++) slug = base + '-' + n;
  return slug;
}

/** The API's field errors by the editor's field keys: a step's id is made from its title, a list entry belongs to its list. */
function fieldErrors(res) {
  const errors = {};
  for (const e of (res.body && res.body.errors) || []) {
    const step = /^steps\.(\d+)\.(\w+)/.exec(e.field || '');
    const key = step
      ? 'steps.' + step[1] + '.' + (step[2] === 'id' ? 'title' : step[2])
      : /^(actionCardTemplateIds|roles)\.\d+$/.test(e.field || '') ? e.field.split('.')[0]
        : e.field === 'templateId' || e.field === 'planId' ? 'title' : e.field;
    errors[key] = errors[key] ? errors[key] + ' ' + e.message : e.message;
  }
  return errors;
}

/** After a change, the read side catches up: read until it shows the revision the change answered with (or give up and show what is there). */
async function readAfter(path, revision) {
  let res = null;
  for (let tries = 0; tries < 60; tries++) {
    res = await api('GET', path);
    if (res.ok ? revision === undefined || res.body.revision >= revision : res.status !== 404) return res;
    await sleep(150);
  }
  return res;
}

const isStale = (res) => res.status === 409 && /stale-revision$/.test((res.body && res.body.type) || '');

/** A labelled control with its hint and its error line (ids key-hint, key-error), the error read out when it appears. */
function labelled(id, label, control, error, hint) {
  control.id = id;
  control.setAttribute('aria-describedby', (hint ? id + '-hint ' : '') + id + '-error');
  if (error) control.setAttribute('aria-invalid', 'true');
  return h('div', { class: 'field' },
    h('label', { for: id }, label),
    hint ? h('p', { id: id + '-hint', class: 'muted' }, hint) : null,
    control,
    h('p', { id: id + '-error', class: 'field-error', 'aria-live': 'polite' }, error || ''));
}

/** A group of choices (checkboxes) with its legend and error line. */
function choiceGroup(id, legend, error, boxes, hint) {
  return h('fieldset', { id: id, class: 'choices', 'aria-describedby': (hint ? id + '-hint ' : '') + id + '-error', 'aria-invalid': error ? 'true' : null },
    h('legend', {}, legend),
    hint ? h('p', { id: id + '-hint', class: 'muted' }, hint) : null,
    boxes,
    h('p', { id: id + '-error', class: 'field-error', 'aria-live': 'polite' }, error || ''));
}

function checkbox(id, label, checked, onchange, labelAttrs) {
  return h('label', Object.assign({ class: 'choice', for: id }, labelAttrs || {}),
    h('input', { type: 'checkbox', id: id, checked: checked, onchange: onchange }), h('span', {}, label));
}

function selectOf(options, value, prompt) {
  return h('select', {}, prompt !== null ? h('option', { value: '' }, prompt) : null,
    options.map((o) => h('option', { value: o[0], selected: o[0] === value }, o[1])));
}

/** What the person may not do here, said once on the page. */
function readOnlyNote() {
  return mayAuthor() ? null : h('p', { id: 'read-only', class: 'caution' }, w('authoring.readOnly'));
}
`;
