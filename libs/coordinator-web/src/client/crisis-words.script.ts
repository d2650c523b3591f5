/** The crisis-readiness vocabulary as the page says it; values are the API's (crisis.vocabulary.ts). */
export const CRISIS_WORDS_JS = String.raw`
const CRISIS_LEVELS = [['operational', 'Operational'], ['tactical', 'Tactical'], ['strategic', 'Strategic']];
const AUDIENCES = [['staff', 'Staff'], ['inmates', 'Inmates'], ['relatives', 'Relatives'], ['police', 'Police'], ['media', 'Media'], ['other-authorities', 'Other authorities']];
const CHANNELS = [['meeting', 'Meeting'], ['phone', 'Phone'], ['radio', 'Radio'], ['email', 'E-mail'], ['sms', 'SMS'], ['intranet', 'Intranet'],
  ['press-release', 'Press release'], ['public-website', 'Public website'], ['in-person', 'In person'], ['other', 'Other']];

/** The crisis board's list of activations stood down, newest first. */
const STOOD_DOWN_WORDS = {
  heading: 'Stood down',
  none: 'No activation has been stood down.',
  activated: ' · activated ',
  stoodDown: ' · stood down ',
  failed: 'The activations stood down could not be loaded: ',
};

const wordFor = (list, value) => (list.find((w) => w[0] === value) || [value, value])[1];
const levelName = (level) => wordFor(CRISIS_LEVELS, level);

function scopeText(scope) {
  if (!scope || scope.kind === 'national') return 'National';
  const parts = [areaName(scope.area), scope.institution, scope.unit].filter(Boolean);
  return { area: 'Area ', institution: 'Institution ', unit: 'Unit ' }[scope.kind] + parts.join(' · ');
}

/** Real or exercise, in words (never by colour alone) and on every view of an activation. */
function realityBadge(exercise) {
  return exercise
    ? h('span', { class: 'badge exercise', 'data-reality': 'exercise' }, 'EXERCISE', h('span', { lang: 'da' }, ' (øvelse)'))
    : h('span', { class: 'badge real', 'data-reality': 'real' }, 'REAL');
}

/** One line for a log entry: the decision itself, or to whom and how a communication went. */
function entryHeadline(entry) {
  if (entry.kind === 'decision') return entry.decision;
  return wordFor(AUDIENCES, entry.audience) + ' by ' + wordFor(CHANNELS, entry.channel).toLowerCase() + ' (' + (entry.released ? 'released' : 'internal') + '): ' + entry.summary;
}
`;
