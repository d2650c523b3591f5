import { CATALOGUES, FIELD_LABELS, LANGUAGES } from '@vigil/i18n';

/** Request fields the API names in a query's sense ("by" is "broken down by"), not the sense a record's field has. */
const QUERY_ONLY = new Set(['by', 'limit', 'offset', 'body', 'versus', 'counted', 'counting']);
const COLUMN = { en: 0, da: 1, nb: 2 } as const;

/** Each language's field names, by property: the labels the API's problems use, for the replay's lists. */
const FIELD_WORDS = JSON.stringify(
  Object.fromEntries(
    LANGUAGES.map((language) => [
      language,
      Object.fromEntries(
        Object.entries(FIELD_LABELS)
          .filter(([field]) => !QUERY_ONLY.has(field))
          .map(([field, labels]) => [field, labels[COLUMN[language]]]),
      ),
    ]),
  ),
);

/** Each language's incident codes in words (`kind.threat` → "trussel"), from the catalogue's `code.` messages. */
const CODE_WORDS = JSON.stringify(
  Object.fromEntries(
    LANGUAGES.map((language) => [
      language,
      Object.fromEntries(
        Object.entries(CATALOGUES[language])
          .filter(([key]) => key.startsWith('code.'))
          .map(([key, text]) => [key.slice(5), text]),
      ),
    ]),
  ),
);

/** Each language's "{fact}: due by {due}." as a pattern: a verdict's detail that only says when it falls due, which the page says itself. */
const DUE_BY_PATTERNS = JSON.stringify(
  Object.fromEntries(
    LANGUAGES.map((language) => [language, `^${CATALOGUES[language]['verdict.due-by'].replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '.*')}$`]),
  ),
);

/**
 * The auditor's page's words: record kinds and where each context keeps its time view and its access-log name, events
 * named in words, spans of time in hours and days, ids as short labels with the full id on hover, values as lists.
 */
export const REPLAY_WORDS_JS = String.raw`
/**
 * kind (as the bundle names it) → [words, access-log record, time view at an instant (or null: what was known is read
 * from the record's own events), list to pick from, the part of the time view's answer that is the record as it stood].
 */
const KINDS = {
  incident: [w('audit.kind.incident'), 'incident/', (id, at) => '/incidents/' + id + '/known-at?date=' + encodeURIComponent(at), '/incidents', (body) => body.state],
  run: [w('audit.kind.run'), 'action-card-run/', null, null, null],
  activation: [w('audit.kind.activation'), 'crisis-activation/', (id, at) => '/crisis-activations/' + id + '/timeline?at=' + encodeURIComponent(at), '/crisis-activations', (body) => body.state],
  placement: [w('audit.kind.placement'), 'placement/', (id, at) => '/coercive-measures/placements/' + id + '/timeline?at=' + encodeURIComponent(at), '/coercive-measures/placements', (body) => body.state],
  'risk-case': [w('audit.kind.risk-case'), 'risk-case/', (id, at) => '/risk-cases/' + id + '/timeline?at=' + encodeURIComponent(at), null, (body) => body.state],
  review: [w('audit.kind.review'), 'learning-review/', null, '/learning-reviews', null],
};
/** Which record a stream belongs to, in words (an activation's bundle holds its action-card runs too). */
const STREAM_KINDS = ['incident', 'coercivemeasure', 'riskcase', 'crisisactivation', 'review', 'actioncardrun'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EVENT_TYPE = /^[a-z-]+\.[a-z-]+\.v\d+$/;
const ISO_SPAN = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/;
/** What an event rests on, in the order they are shown: [field, the key of its words]. */
const BASIS_FIELDS = [['reason', 'reason'], ['legalParagraph', 'legalBasis'], ['legalBasis', 'legalBasis'], ['basis', 'basis'], ['grounds', 'grounds'], ['rationale', 'rationale'], ['justification', 'justification'], ['outcome', 'outcome'], ['notReportableReason', 'notReportableReason']];
/** Field names and incident codes in the page's language, from the API's own catalogues. */
const FIELD_WORDS = ${FIELD_WORDS}[LANG];
const CODE_WORDS = ${CODE_WORDS}[LANG];
const DUE_BY = new RegExp(${DUE_BY_PATTERNS}[LANG]);

const capital = (text) => (text ? text.charAt(0).toLocaleUpperCase(LOCALE) + text.slice(1) : '');
/** kebab-case codes in words: not-yet-due → not yet due. */
const codeWords = (code) => String(code).replace(/-/g, ' ');
/** A word from the table when it has one, else the code in words (a context newer than this page). */
const wordOr = (key, fallback) => (WORDS[key] === undefined ? fallback : w(key));
/** incidents.incident-reclassified.v1 → Incident reclassified (Hændelse omklassificeret). */
const eventName = (type) => {
  const name = String(type).replace(/^[a-z-]+\./, '').replace(/\.v\d+$/, '');
  return wordOr('audit.event.' + name, capital(codeWords(name)));
};
/** camelCase field names in words: legalBasis → Legal basis (Hjemmel). */
const fieldName = (key) => FIELD_WORDS[key] || capital(String(key).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());
/** A role in words: Vigil's own roles, then an action card's responsible people, else the code in words. */
const roleWord = (role) =>
  role && WORDS['role.' + role] !== undefined ? w('role.' + role)
    : role && WORDS['authoring.responsible.' + role] !== undefined ? w('authoring.responsible.' + role)
    : roleName(role);
/** A role in a sentence: "the coordinator", "koordinator". */
const roleInline = (role) => roleWord(role).toLocaleLowerCase(LOCALE);
const shortId = (id) => h('abbr', { class: 'short-id', title: id }, String(id).slice(0, 8));
const timeWords = (iso) => new Date(iso).toLocaleString(LOCALE, { dateStyle: 'medium', timeStyle: 'short' });
const dayWords = (day) => new Date(day + 'T00:00:00Z').toLocaleDateString(LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
/** A sentence with nodes in it (a time, a link): the words split at each {name} the values fill. */
const withNodes = (text, nodes) =>
  text.split(/(\{\w+\})/).filter(Boolean).map((part) => {
    const m = /^\{(\w+)\}$/.exec(part);
    return m && nodes[m[1]] !== undefined ? nodes[m[1]] : part;
  });

/** A span of time for people: minutes under an hour, hours under two days, days after that. */
function spanWords(ms) {
  const minutes = Math.round(Math.abs(ms) / 60000);
  if (minutes < 1) return w('audit.span.lessThanMinute');
  if (minutes < 60) return wn('audit.span.minute', minutes);
  const hours = Math.round(minutes / 60);
  if (hours < 48) return wn('audit.span.hour', hours);
  return wn('audit.span.day', Math.round(hours / 24));
}
const sinceWords = (from, to) => (new Date(to) - new Date(from) < 60000 ? w('audit.atStart') : w('audit.sinceFirst', { span: spanWords(new Date(to) - new Date(from)) }));
/** PT30M → 30 minutes, P2D → 2 days; null for anything else. */
function isoSpanWords(text) {
  const m = ISO_SPAN.exec(text);
  if (!m || !(m[1] || m[2] || m[3])) return null;
  return spanWords((Number(m[1] || 0) * 1440 + Number(m[2] || 0) * 60 + Number(m[3] || 0)) * 60000);
}
/** Text a context wrote with minutes and instants in it ("due within 4320 min", "due 2026-…Z"), in hours, days and local times. */
const textWords = (text) =>
  String(text)
    .replace(/(\d+(?:\.\d+)?) min\b/g, (all, n) => spanWords(Number(n) * 60000))
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z/g, timeWords);

/** What an access-log entry says was read, in words: the bundle's reads and the time views by name, other views as recorded. */
function viewWords(view) {
  const bundle = /^(replayed on the audit page \(case bundle\)|case bundle downloaded \(JSON\)|case bundle read as a page), (\d+) events at checkpoint (\d+)$/.exec(view);
  if (bundle) {
    const which = bundle[1].startsWith('replayed') ? 'replayed' : bundle[1].indexOf('JSON') >= 0 ? 'downloaded' : 'asPage';
    return wn('audit.view.bundleCount', Number(bundle[2]), { view: w('audit.view.' + which), events: num(bundle[2]), size: num(bundle[3]) });
  }
  const at = /^(known-at|timeline at|timeline) (\S+)$/.exec(view);
  if (at && /^\d{4}-\d\d-\d\d/.test(at[2])) {
    const moment = at[2].length === 10 ? dayWords(at[2]) : timeWords(at[2]);
    return w(at[1] === 'known-at' ? 'audit.view.knownAt' : 'audit.view.timelineAt', { at: moment });
  }
  if (/^(current|history|detail|assessments|timeline)$/.test(view)) return w('audit.view.' + view);
  return textWords(view);
}

/** A code a record carries, in words: an incident's by the API's catalogue, a level or role by the crisis pages', others by the replay's own; null when none has it. */
function codeValue(key, value) {
  const incident = key ? CODE_WORDS[(key === 'physical' ? 'injury' : key) + '.' + value] : undefined;
  if (incident) return incident;
  for (const prefix of key === 'level' ? ['crisis.level.'] : key === 'role' ? ['crisis.role.'] : key === 'channel' ? ['crisis.channel.'] : key === 'audience' ? ['crisis.audience.'] : [])
    if (WORDS[prefix + value] !== undefined) return w(prefix + value);
  if (WORDS['audit.value.' + value] !== undefined) return w('audit.value.' + value);
  if (key === 'area' && AREA_NAMES[value]) return AREA_NAMES[value];
  if (key === 'institution' && INSTITUTION_NAMES[value]) return INSTITUTION_NAMES[value];
  return null;
}

/** Any answer as nested lists of words: ids short, instants as times, spans in hours and days, codes in words, nothing as innerHTML. */
function valueView(value, depth, key) {
  if (value === null || value === undefined || value === '') return h('span', { class: 'muted' }, w('audit.none'));
  if (typeof value === 'boolean') return w(value ? 'audit.yes' : 'audit.no');
  if (typeof value === 'number') {
    if (key && /Minutes$/.test(key)) return spanWords(value * 60000);
    if (key && /Days$/.test(key)) return wn('audit.span.day', value);
    return num(value);
  }
  if (typeof value === 'string') {
    if (UUID.test(value)) return shortId(value);
    if (/^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(value)) return when(value);
    if (/^\d{4}-\d\d-\d\d$/.test(value)) return dayWords(value);
    if (EVENT_TYPE.test(value)) return eventName(value);
    // A legal basis by its code: the provision as the catalogue cites it, in its country's own language.
    if (LEGAL_BASES[value]) return h('span', { title: value }, LEGAL_BASES[value]);
    const code = /^[a-z][a-z0-9-]*$/.test(value) ? codeValue(key, value) : null;
    if (code) return code;
    const unit = /^(area|institution):([a-z0-9-]+)$/.exec(value);
    if (unit) return unit[1] === 'area' ? areaName(unit[2]) : INSTITUTION_NAMES[unit[2]] || unit[2];
    return isoSpanWords(value) || value;
  }
  if (typeof value !== 'object') return String(value);
  if ((depth || 0) > 4) return h('span', { class: 'muted' }, w('audit.more'));
  if (Array.isArray(value)) {
    if (!value.length) return h('span', { class: 'muted' }, w('audit.none'));
    return h('ol', {}, value.map((item) => h('li', {}, valueView(item, (depth || 0) + 1, key))));
  }
  const keys = Object.keys(value);
  if (!keys.length) return h('span', { class: 'muted' }, w('audit.none'));
  // A span's label loses its unit, which the value now says: "Reassessment interval: 30 days".
  const label = (k) =>
    typeof value[k] === 'number' && /(Minutes|Days)$/.test(k)
      ? (FIELD_WORDS[k] || '').replace(/\s*\([^)]*\)$/, '') || fieldName(k.replace(/(Minutes|Days)$/, ''))
      : fieldName(k);
  return h('dl', { class: 'known' }, keys.map((k) => [h('dt', {}, label(k)), h('dd', { 'data-field': k }, valueView(value[k], (depth || 0) + 1, k))]));
}

/** The reasons and legal basis an event carries, in its own words (a paragraph's text rather than its code). */
function basisOf(data) {
  const found = [];
  const seen = {};
  for (const [key, words] of BASIS_FIELDS) {
    const raw = data ? data[key] : null;
    const text = typeof raw === 'string' ? LEGAL_BASES[raw] || (/^[a-z][a-z0-9-]*$/.test(raw) && codeValue(key, raw)) || raw : raw && typeof raw.text === 'string' ? raw.text : '';
    if (!text || seen[words]) continue;
    seen[words] = true;
    found.push(w('audit.basis.' + words) + ': ' + text);
  }
  return found.join(' · ');
}

const parsed = (text) => {
  try {
    return JSON.parse(text);
  } catch (error) {
    return {};
  }
};
const listOf = (body) => (Array.isArray(body) ? body : (body && (body.items || body.entries || body.incidents || body.placements || body.activations)) || []);
const idOf = (item) => item.incidentId || item.activationId || item.placementId || item.reviewId || item.caseId || item.runId || item.id;
/** actioncardrun-<id> → ['action-card run', id]. */
const streamOf = (streamId) => {
  const at = String(streamId).indexOf('-');
  const kind = streamId.slice(0, at);
  return [w(STREAM_KINDS.indexOf(kind) >= 0 ? 'audit.stream.' + kind : 'audit.stream.other'), streamId.slice(at + 1)];
};
`;
