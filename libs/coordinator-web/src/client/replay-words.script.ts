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
const STREAM_WORDS = { incident: 'incident', coercivemeasure: 'placement', riskcase: 'risk case', crisisactivation: 'crisis activation', review: 'learning review', actioncardrun: 'action-card run' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EVENT_TYPE = /^[a-z-]+\.[a-z-]+\.v\d+$/;
const ISO_SPAN = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/;
/** What an event rests on, in the order they are shown: [field, words]. */
const BASIS_FIELDS = [['reason', 'Reason'], ['legalParagraph', 'Legal basis'], ['legalBasis', 'Legal basis'], ['basis', 'Basis'], ['grounds', 'Grounds'], ['rationale', 'Rationale'], ['justification', 'Justification'], ['outcome', 'Outcome'], ['notReportableReason', 'Why not reportable']];

const capital = (text) => (text ? text.charAt(0).toUpperCase() + text.slice(1) : '');
/** incidents.incident-reclassified.v1 → Incident reclassified. */
const eventName = (type) => capital(String(type).replace(/^[a-z-]+\./, '').replace(/\.v\d+$/, '').replace(/-/g, ' '));
/** camelCase field names in words: legalBasis → Legal basis. */
const fieldName = (key) => capital(String(key).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());
/** kebab-case codes in words: not-yet-due → not yet due. */
const codeWords = (code) => String(code).replace(/-/g, ' ');
const shortId = (id) => h('abbr', { class: 'short-id', title: id }, String(id).slice(0, 8));
const dayWords = (day) => new Date(day + 'T00:00:00Z').toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A span of time for people: minutes under an hour, hours under two days, days after that. */
function spanWords(ms) {
  const minutes = Math.round(Math.abs(ms) / 60000);
  if (minutes < 1) return 'less than a minute';
  if (minutes < 60) return minutes + (minutes === 1 ? ' minute' : ' minutes');
  const hours = Math.round(minutes / 60);
  if (hours < 48) return hours + (hours === 1 ? ' hour' : ' hours');
  const days = Math.round(hours / 24);
  return days + ' days';
}
const sinceWords = (from, to) => (new Date(to) - new Date(from) < 60000 ? 'at the start' : spanWords(new Date(to) - new Date(from)) + ' after the first event');
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
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z/g, (iso) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }));

/** Any answer as nested lists of words: ids short, instants as times, spans in hours and days, nothing as innerHTML. */
function valueView(value, depth, key) {
  if (value === null || value === undefined || value === '') return h('span', { class: 'muted' }, 'none');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') {
    if (key && /Minutes$/.test(key)) return spanWords(value * 60000);
    if (key && /Days$/.test(key)) return value + (value === 1 ? ' day' : ' days');
    return String(value);
  }
  if (typeof value === 'string') {
    if (UUID.test(value)) return shortId(value);
    if (/^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(value)) return when(value);
    if (/^\d{4}-\d\d-\d\d$/.test(value)) return dayWords(value);
    if (EVENT_TYPE.test(value)) return eventName(value);
    // A legal basis by its code: the provision as the catalogue cites it, in its country's own language.
    if (LEGAL_BASES[value]) return h('span', { title: value }, LEGAL_BASES[value]);
    return isoSpanWords(value) || value;
  }
  if (typeof value !== 'object') return String(value);
  if ((depth || 0) > 4) return h('span', { class: 'muted' }, 'more, in the case bundle');
  if (Array.isArray(value)) {
    if (!value.length) return h('span', { class: 'muted' }, 'none');
    return h('ol', {}, value.map((item) => h('li', {}, valueView(item, (depth || 0) + 1))));
  }
  const keys = Object.keys(value);
  if (!keys.length) return h('span', { class: 'muted' }, 'none');
  // A span's label loses its unit, which the value now says: "Reassessment interval: 30 days".
  const label = (k) => (typeof value[k] === 'number' && /(Minutes|Days)$/.test(k) ? fieldName(k.replace(/(Minutes|Days)$/, '')) : fieldName(k));
  return h('dl', { class: 'known' }, keys.map((k) => [h('dt', {}, label(k)), h('dd', { 'data-field': k }, valueView(value[k], (depth || 0) + 1, k))]));
}

/** The reasons and legal basis an event carries, in its own words (a paragraph's text rather than its code). */
function basisOf(data) {
  const found = [];
  const seen = {};
  for (const [key, words] of BASIS_FIELDS) {
    const raw = data ? data[key] : null;
    const text = typeof raw === 'string' ? LEGAL_BASES[raw] || raw : raw && typeof raw.text === 'string' ? raw.text : '';
    if (!text || seen[words]) continue;
    seen[words] = true;
    found.push(words + ': ' + text);
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
  return [STREAM_WORDS[streamId.slice(0, at)] || 'record', streamId.slice(at + 1)];
};
`;
