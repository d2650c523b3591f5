/** The crisis-readiness vocabulary as the page says it; values are the API's (crisis.vocabulary.ts). */
export const CRISIS_WORDS_JS = String.raw`
const inWords = (group, values) => values.map((value) => [value, w(group + '.' + value)]);
const CRISIS_LEVELS = inWords('crisis.level', ['operational', 'tactical', 'strategic']);
const AUDIENCES = inWords('crisis.audience', ['staff', 'inmates', 'relatives', 'police', 'media', 'other-authorities']);
const CHANNELS = inWords('crisis.channel', ['meeting', 'phone', 'radio', 'email', 'sms', 'intranet', 'press-release', 'public-website', 'in-person', 'other']);
const CRISIS_ROLE_WORDS = inWords('crisis.role', ['crisis-lead', 'log-keeper', 'communications', 'liaison']);
const RISK_CLASSES = inWords('crisis.risk', ['organisational', 'static-technological', 'dynamic-human']);
const POINT_KINDS = [['worked', w('activation.worked')], ['did-not-work', w('activation.didNotWork')]];

/** The crisis board's list of activations stood down, newest first. */
const STOOD_DOWN_WORDS = {
  heading: w('stoodDown.heading'),
  none: w('stoodDown.none'),
  activated: w('stoodDown.activated'),
  stoodDown: w('stoodDown.stoodDown'),
  failed: w('stoodDown.failed'),
};

const wordFor = (list, value) => (list.find((w) => w[0] === value) || [value, value])[1];
const levelName = (level) => wordFor(CRISIS_LEVELS, level);
// A role the page has no words for yet reads as its value, hyphens as spaces.
const crisisRoleName = (role) => (CRISIS_ROLE_WORDS.find((r) => r[0] === role) || [role, roleName(role)])[1];
const riskClassName = (riskClass) => wordFor(RISK_CLASSES, riskClass);

function scopeText(scope) {
  if (!scope || scope.kind === 'national') return w('scope.national');
  // The institution by its catalogue name; the unit is the slug it was activated with.
  const parts = [areaName(scope.area), INSTITUTION_NAMES[scope.institution] || scope.institution, scope.unit].filter(Boolean);
  return w('scope.' + scope.kind) + parts.join(' · ');
}

/**
 * The API's problem in one sentence: its title and detail, in the reader's language, then the field errors not shown beside
 * a field (placed), each by its own words, which name the field in words rather than by the API's name for it.
 */
function problemSentence(res, placed) {
  const body = res.body || {};
  const detail = body.detail || '';
  const others = (body.errors || []).filter((e) => !(placed || []).includes(e.field) && detail.indexOf(e.message) < 0).map((e) => e.message);
  const text = (body.title || 'HTTP ' + res.status) + (detail ? ': ' + detail : '') + (others.length ? ' (' + others.join('; ') + ')' : '');
  return /[.!?]$/.test(text) ? text : text + '.';
}

/** Real or exercise, in words (never by colour alone) and on every view of an activation. */
function realityBadge(exercise) {
  return exercise
    ? h('span', { class: 'badge exercise', 'data-reality': 'exercise' }, w('reality.exercise'), LANG === 'en' ? h('span', { lang: 'da' }, ' (øvelse)') : null)
    : h('span', { class: 'badge real', 'data-reality': 'real' }, w('reality.real'));
}

/** One line for a log entry: the decision itself, or to whom and how a communication went. */
function entryHeadline(entry) {
  if (entry.kind === 'decision') return entry.decision;
  return wordFor(AUDIENCES, entry.audience) + w('entry.by') + wordFor(CHANNELS, entry.channel).toLowerCase() + ' (' + w(entry.released ? 'entry.released' : 'entry.internal') + '): ' + entry.summary;
}
`;
