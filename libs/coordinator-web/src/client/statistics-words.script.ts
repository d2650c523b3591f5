import { AREA_CODES, INCIDENT_KIND_CODES, LOCATION_TYPE_CODES, PERPETRATOR_CODES, PERSON_KIND_CODES, TARGET_GROUP_CODES } from '@vigil/integration-contracts';
import { findArea, INSTITUTIONS } from '@vigil/organisation';

type Words<Codes extends readonly string[]> = Record<Codes[number], string>;

/** The register's codes as the partnership says them; typed by the code lists, so a new code must get its words here. */
/** The register's areas by the organisation catalogue's names for them. */
const AREA_WORDS = Object.fromEntries(AREA_CODES.map((code) => [code, findArea(code)?.name ?? code])) as Words<typeof AREA_CODES>;
const KIND_WORDS: Words<typeof INCIDENT_KIND_CODES> = {
  violence: 'Violence',
  threat: 'Threat',
  harassment: 'Harassment',
  'psychological-violence': 'Psychological violence',
  'near-miss': 'Near miss',
  deviation: 'Deviation',
  'self-harm': 'Self-harm',
};
const TARGET_WORDS: Words<typeof TARGET_GROUP_CODES> = {
  inmate: 'Inmate',
  'staff-on-duty': 'Staff on duty',
  'staff-off-duty': 'Staff off duty',
  'staff-family': "Staff's family",
  client: 'Client',
  partner: 'Partner',
  visitor: 'Visitor',
};
const PERPETRATOR_WORDS: Words<typeof PERPETRATOR_CODES> = { inmate: 'Inmate', client: 'Client', relative: 'Relative', unknown: 'Unknown', other: 'Other' };
const LOCATION_WORDS: Words<typeof LOCATION_TYPE_CODES> = { institution: 'At an institution', 'off-duty': 'Off duty' };
const PERSON_WORDS: Words<typeof PERSON_KIND_CODES> = { staff: 'staff member', inmate: 'inmate', client: 'client', other: 'other person' };

const WORDS = {
  area: AREA_WORDS,
  kind: KIND_WORDS,
  target: TARGET_WORDS,
  perpetrator: PERPETRATOR_WORDS,
  location: LOCATION_WORDS,
  person: PERSON_WORDS,
  institution: { ...Object.fromEntries(INSTITUTIONS.map((i) => [i.slug, i.name])), 'off-duty': 'Off duty (no institution)' },
  institutionArea: Object.fromEntries(INSTITUTIONS.map((i) => [i.slug, i.area])),
};

/**
 * The statistics page's words and formats: codes to words (the maps generated here from the register's code lists and
 * the institution catalogue), numbers, days and periods as people read them.
 */
export const STATISTICS_WORDS_JS = String.raw`
const WORDS = ${JSON.stringify(WORDS)};
const AREA_CODES = Object.keys(WORDS.area);
const NUMBER = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });
/** A day or a month of the year in the page's locale: 2000 is only a leap year to hold any day. */
const yearDay = (month, day, options) => new Date(Date.UTC(2000, month - 1, day || 1)).toLocaleDateString(LOCALE, Object.assign({ timeZone: 'UTC' }, options));
const REASON_WORDS = {
  'recorded-late': 'Recorded late',
  imported: 'Imported from the previous register',
  reclassified: 'Reclassified',
  'marked-duplicate': 'Marked as a duplicate',
  'marked-not-reportable': 'Marked as not reportable',
  reopened: 'Reopened',
  'date-corrected': 'Date corrected',
  'area-corrected': 'Place corrected',
  'facts-corrected': 'Other facts corrected',
  'definition-changed': 'New definition',
};
const VERDICT_WORDS = { baseline: 'Baseline', met: 'Met', missed: 'Missed', 'not-final': 'Not final yet', 'not-assessed': 'Not assessed', 'no-definition': 'No figure defined' };

const wordFor = (group, code) => (code ? WORDS[group][code] || code.replace(/-/g, ' ') : '');
const areaWords = (code) => (code ? wordFor('area', code) : 'All areas');
const institutionWords = (code) => (code === null || code === undefined || code === '' ? 'Off duty (no institution)' : wordFor('institution', code));
const institutionsIn = (area) => Object.keys(WORDS.institutionArea).filter((slug) => WORDS.institutionArea[slug] === area);
const listWords = (group, codes) => (codes || []).map((code) => wordFor(group, code)).join(', ');
const num = (n) => (n === null || n === undefined ? '–' : NUMBER.format(n));
const signed = (n) => (n === null || n === undefined ? '–' : n > 0 ? '+' + num(n) : n < 0 ? '−' + num(-n) : '0');
const percent = (share) => (share === null || share === undefined ? '–' : NUMBER.format(share * 100) + ' %');
/** A card's code as words when its title is not at hand: violence-against-employee → Violence against employee. */
const slugWords = (slug) => (slug ? slug.charAt(0).toUpperCase() + slug.slice(1).replace(/-/g, ' ') : '');

/** 2025-01-09 (a day) or an instant → "9 January 2025"; short → "9 Jan 2025". */
function dayWords(value, short) {
  if (!value) return '';
  const options = { day: 'numeric', month: short ? 'short' : 'long', year: 'numeric' };
  const day = /^\d{4}-\d\d-\d\d$/.exec(value);
  if (day) {
    const [y, m, d] = value.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(LOCALE, Object.assign(options, { timeZone: 'UTC' }));
  }
  return new Date(value).toLocaleDateString(LOCALE, Object.assign(options, { timeZone: 'Europe/Copenhagen' }));
}
const dayEl = (value, short) => (value ? h('time', { datetime: value }, dayWords(value, short)) : '');
/** A day of the year after the reference year ({month: 4, day: 1}) → "1 April". */
const dayOfYearWords = (d) => (d ? yearDay(d.month, d.day, { day: 'numeric', month: 'long' }) : '');
/** 2024 → 2024; 2024-Q2 → Q2 2024; 2024-05 → May 2024. */
function periodWords(period) {
  const quarter = /^(\d{4})-Q(\d)$/.exec(period);
  if (quarter) return w('statistics.quarter', { quarter: quarter[2], year: quarter[1] });
  const month = /^(\d{4})-(\d\d)$/.exec(period);
  if (month) return yearDay(Number(month[2]), 1, { month: 'long' }) + ' ' + month[1];
  return String(period);
}
const todayText = () => {
  const d = new Date();
  return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
};

/** kind/target (threat/staff-on-duty) → "threat against staff on duty". */
const kindTarget = (pair) => {
  const [kind, target] = pair.split('/');
  return wordFor('kind', kind).toLowerCase() + ' against ' + wordFor('target', target).toLowerCase();
};
/** "hovedstaden horseroed" or "syddanmark off duty" → "Horserød Fængsel (Område Hovedstaden)". */
const placeWords = (text) => {
  const [area, ...rest] = text.trim().split(' ');
  const institution = rest.join(' ');
  return (institution && institution !== 'off duty' ? wordFor('institution', institution) : 'off duty') + ' (' + wordFor('area', area) + ')';
};

/** Why an incident moved, from the report's cause (reason + detail), in words. */
function causeWords(cause) {
  const detail = cause.detail || '';
  const sides = detail.split(' → ');
  switch (cause.reason) {
    case 'recorded-late':
      return 'Recorded after the figure was first known';
    case 'imported':
      return 'Imported from the previous register';
    case 'reclassified':
      return sides.length === 2 ? 'Reclassified from ' + kindTarget(sides[0]) + ' to ' + kindTarget(sides[1]) : 'Reclassified';
    case 'marked-duplicate':
      return 'Marked as a duplicate of another report';
    case 'marked-not-reportable':
      return 'Marked as not reportable';
    case 'reopened':
      return 'Reopened';
    case 'date-corrected':
      return sides.length === 2 ? 'Date corrected from ' + dayWords(sides[0].replace('occurred ', '')) + ' to ' + dayWords(sides[1]) : 'Date corrected';
    case 'area-corrected':
      return sides.length === 2 ? 'Place corrected from ' + placeWords(sides[0]) + ' to ' + placeWords(sides[1]) : 'Place corrected';
    case 'definition-changed':
      return definitionWords(detail);
    default:
      return 'Other facts of the report corrected';
  }
}

/** Which rule keeps an incident out ("kind harassment", "off duty"), in words. */
function ruleWords(rule) {
  if (rule === 'off duty' || rule === 'at an institution') return 'it happened ' + rule + ', which is not included';
  if (rule === 'an exercise') return 'it was an exercise';
  const m = /^(kind|target group|perpetrator|marked) (.+)$/.exec(rule);
  if (!m) return rule;
  if (m[1] === 'kind') return 'its kind, ' + wordFor('kind', m[2]).toLowerCase() + ', is not included';
  if (m[1] === 'target group') return 'it was against ' + wordFor('target', m[2]).toLowerCase() + ', who are not included';
  if (m[1] === 'perpetrator') return 'the perpetrator, ' + wordFor('perpetrator', m[2]).toLowerCase() + ', is not included';
  return 'it is marked ' + m[2].replace(/-/g, ' ');
}

/** "not counted under version 1: kind harassment; version 2 counts the episode" → words. */
function definitionWords(detail) {
  return detail
    .split('; ')
    .map((part) => {
      let m = /^not counted under version (\d+): (.*)$/.exec(part);
      if (m) return 'Version ' + m[1] + ' does not count it: ' + ruleWords(m[2]);
      m = /^version (\d+) counts (\d+) exposed$/.exec(part);
      if (m) return 'Version ' + m[1] + ' counts ' + m[2] + ' exposed ' + (m[2] === '1' ? 'person' : 'persons');
      m = /^version (\d+) counts the episode$/.exec(part);
      if (m) return 'Version ' + m[1] + ' counts it';
      return part;
    })
    .join('. ');
}
`;
