/**
 * The auditor's page's words: record kinds and where each context keeps its time view and its access-log name, events
 * named in words, spans of time in hours and days, ids as short labels with the full id on hover, values as lists.
 */
export const REPLAY_WORDS_JS = String.raw`
/** kind (as the bundle names it) → [words, access-log record, time view at an instant (or null), list to pick from]. */
const KINDS = {
  incident: ['Incident', 'incident/', (id, at) => '/incidents/' + id + '/known-at?date=' + encodeURIComponent(at), '/incidents'],
  run: ['Action-card run', 'action-card-run/', null, null],
  activation: ['Crisis activation', 'crisis-activation/', (id, at) => '/crisis-activations/' + id + '/timeline?at=' + encodeURIComponent(at), '/crisis-activations'],
  placement: ['Security-cell placement', 'placement/', (id, at) => '/coercive-measures/placements/' + id + '/timeline?at=' + encodeURIComponent(at), '/coercive-measures/placements'],
  'risk-case': ['Risk case', 'risk-case/', (id, at) => '/risk-cases/' + id + '/timeline?at=' + encodeURIComponent(at), null],
  review: ['Learning review', 'learning-review/', (id) => '/learning-reviews/' + id + '/timeline', '/learning-reviews'],
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BASIS_FIELDS = ['reason', 'legalBasis', 'basis', 'grounds', 'justification', 'outcome', 'notReportableReason'];

const capital = (text) => (text ? text.charAt(0).toUpperCase() + text.slice(1) : '');
/** incidents.incident-reclassified.v1 → Incident reclassified. */
const eventName = (type) => capital(String(type).replace(/^[a-z-]+\./, '').replace(/\.v\d+$/, '').replace(/-/g, ' '));
/** camelCase field names in words: legalBasis → Legal basis. */
const fieldName = (key) => capital(String(key).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());
const shortId = (id) => h('abbr', { class: 'short-id', title: id }, String(id).slice(0, 8));

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

/** Any answer as nested lists of words: ids short, instants as times, nothing as innerHTML. */
function valueView(value, depth) {
  if (value === null || value === undefined || value === '') return h('span', { class: 'muted' }, 'none');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') {
    if (UUID.test(value)) return shortId(value);
    if (/^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(value)) return when(value);
    return value;
  }
  if (typeof value !== 'object') return String(value);
  if ((depth || 0) > 4) return h('code', {}, JSON.stringify(value));
  if (Array.isArray(value)) {
    if (!value.length) return h('span', { class: 'muted' }, 'none');
    return h('ol', {}, value.map((item) => h('li', {}, valueView(item, (depth || 0) + 1))));
  }
  const keys = Object.keys(value);
  if (!keys.length) return h('span', { class: 'muted' }, 'none');
  return h('dl', { class: 'known' }, keys.map((key) => [h('dt', {}, fieldName(key)), h('dd', { 'data-field': key }, valueView(value[key], (depth || 0) + 1))]));
}

/** The reasons and legal basis an event carries, in its own words. */
function basisOf(data) {
  const found = [];
  for (const key of BASIS_FIELDS) if (data && typeof data[key] === 'string' && data[key]) found.push(fieldName(key) + ': ' + data[key]);
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
`;
