/** The crisis-readiness vocabulary as the page says it; values are the API's (crisis.vocabulary.ts). */
export const CRISIS_WORDS_JS = String.raw`
const inWords = (group, values) => values.map((value) => [value, w(group + '.' + value)]);
const CRISIS_LEVELS = inWords('crisis.level', ['operational', 'tactical', 'strategic']);
const AUDIENCES = inWords('crisis.audience', ['staff', 'inmates', 'relatives', 'police', 'media', 'other-authorities']);
const CHANNELS = inWords('crisis.channel', ['meeting', 'phone', 'radio', 'email', 'sms', 'intranet', 'press-release', 'public-website', 'in-person', 'other']);

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

function scopeText(scope) {
  if (!scope || scope.kind === 'national') return w('scope.national');
  const parts = [areaName(scope.area), scope.institution, scope.unit].filter(Boolean);
  return w('scope.' + scope.kind) + parts.join(' · ');
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
