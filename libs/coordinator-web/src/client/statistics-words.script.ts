import { INCIDENT_KIND_CODES, LOCATION_TYPE_CODES, PERPETRATOR_CODES, PERSON_KIND_CODES, TARGET_GROUP_CODES } from '@vigil/integration-contracts';
import { CATALOGUE_AREAS } from '@vigil/organisation';
import { EN_STATISTICS } from './words/en.statistics';

type StatisticsKey = keyof typeof EN_STATISTICS;
const keysOf = <P extends string, C extends string>(prefix: P, codes: readonly C[]) => codes.map((code) => `${prefix}.${code}` as const);

/** The register's codes the page says in words: a new code in the register's lists fails tsc here until it has its words. */
export const STATISTICS_CODE_KEYS: readonly StatisticsKey[] = [
  ...keysOf('stats.kind', INCIDENT_KIND_CODES),
  ...keysOf('stats.targetGroup', TARGET_GROUP_CODES),
  ...keysOf('stats.perpetrator', PERPETRATOR_CODES),
  ...keysOf('stats.location', LOCATION_TYPE_CODES),
  ...keysOf('stats.person', PERSON_KIND_CODES),
];

/** The register's own order of its codes, so a definition's lists read as the register lists them (not by code). */
const CODE_ORDER = {
  kind: INCIDENT_KIND_CODES,
  target: TARGET_GROUP_CODES,
  perpetrator: PERPETRATOR_CODES,
  location: LOCATION_TYPE_CODES,
  person: PERSON_KIND_CODES,
};

/** Each area's country, so a table by area shows the whole of a country's areas, those without a figure as 0. */
const AREA_COUNTRIES = Object.fromEntries(CATALOGUE_AREAS.map((area) => [area.slug, area.country]));

/**
 * The statistics page's words and formats: codes to words in the page's language, area and institution names from the
 * catalogue (AREA_NAMES, INSTITUTION_NAMES), numbers, days and periods as people of the page's locale read them.
 */
export const STATISTICS_WORDS_JS = String.raw`
const AREA_COUNTRY = ${JSON.stringify(AREA_COUNTRIES)};
const CODE_ORDER = ${JSON.stringify(CODE_ORDER)};
/** The areas and regions to choose from: those this deployment serves. */
const AREA_CODES = SERVED_AREAS.slice();
const CODE_GROUPS = { kind: 'stats.kind.', target: 'stats.targetGroup.', perpetrator: 'stats.perpetrator.', location: 'stats.location.', person: 'stats.person.' };
const NUMBER = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });
/** A day or a month of the year in the page's locale: 2000 is only a leap year to hold any day. */
const yearDay = (month, day, options) => new Date(Date.UTC(2000, month - 1, day || 1)).toLocaleDateString(LOCALE, Object.assign({ timeZone: 'UTC' }, options));
const lower = (text) => text.toLocaleLowerCase(LOCALE);

/** A sentence with elements in it (a date as a time element): the words split at their {placeholders}, each filled in. */
function wParts(key, values) {
  return w(key).split(/\{(\w+)\}/).map((part, i) => (i % 2 === 0 ? part : values[part] === undefined ? '{' + part + '}' : values[part]));
}

/** A code in words: an area or institution by the catalogue's name, a register code in the page's language. */
function wordFor(group, code) {
  if (!code) return '';
  if (group === 'area') return AREA_NAMES[code] || code;
  if (group === 'institution') return code === 'off-duty' ? w('stats.offDuty') : INSTITUTION_NAMES[code] || code;
  const key = CODE_GROUPS[group] + code;
  return WORDS[key] === undefined ? code.replace(/-/g, ' ') : w(key);
}
const reasonWords = (reason) => (WORDS['stats.reason.' + reason] === undefined ? reason : w('stats.reason.' + reason));
const verdictWords = (verdict) => (WORDS['stats.verdict.' + verdict] === undefined ? verdict : w('stats.verdict.' + verdict));
const areaWords = (code) => (code ? wordFor('area', code) : w('stats.allAreas'));
const institutionWords = (code) => (code === null || code === undefined || code === '' ? w('stats.offDuty') : wordFor('institution', code));
const institutionsIn = (area) => Object.keys(INSTITUTION_AREAS).filter((slug) => INSTITUTION_AREAS[slug] === area);
const inRegisterOrder = (group, codes) => (codes || []).slice().sort((a, b) => CODE_ORDER[group].indexOf(a) - CODE_ORDER[group].indexOf(b));
const listWords = (group, codes) => inRegisterOrder(group, codes).map((code) => wordFor(group, code)).join(', ');
/** "a, b or c" in the page's language. */
const orWords = (items) => (items.length < 2 ? items.join('') : w('stats.listOr', { first: items.slice(0, -1).join(', '), last: items[items.length - 1] }));
const num = (n) => (n === null || n === undefined ? '–' : NUMBER.format(n));
const signed = (n) => (n === null || n === undefined ? '–' : n > 0 ? '+' + num(n) : n < 0 ? '−' + num(-n) : '0');
const percent = (share) => (share === null || share === undefined ? '–' : w('stats.percent', { n: NUMBER.format(share * 100) }));
/** A card's code as words when its title is not at hand: violence-against-employee → Violence against employee. */
const slugWords = (slug) => (slug ? slug.charAt(0).toUpperCase() + slug.slice(1).replace(/-/g, ' ') : '');

/** The areas a table by area shows: every area of each country with a figure; with none, the page's own country's. */
function countryAreas(present) {
  const countries = present.map((code) => AREA_COUNTRY[code]).filter(Boolean);
  const home = LANG === 'nb' ? 'no' : 'dk';
  const wanted = countries.length ? countries : AREA_CODES.some((code) => AREA_COUNTRY[code] === home) ? [home] : AREA_CODES.map((code) => AREA_COUNTRY[code]);
  return AREA_CODES.filter((code) => wanted.indexOf(AREA_COUNTRY[code]) >= 0);
}

/** 2025-01-09 (a day) or an instant → "9 January 2025" (9. januar 2025); short → "9 Jan 2025". */
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
/** 2024 → 2024; 2024-Q2 → Q2 2024; 2024-05 → May 2024, in the page's language. */
function periodWords(period) {
  const quarter = /^(\d{4})-Q(\d)$/.exec(period);
  if (quarter) return w('statistics.quarter', { quarter: quarter[2], year: quarter[1] });
  const month = /^(\d{4})-(\d\d)$/.exec(period);
  if (month) return new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)).toLocaleDateString(LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return String(period);
}
const todayText = () => {
  const d = new Date();
  return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
};

/** kind/target (threat/staff-on-duty) → "threats against staff on duty". */
const kindTarget = (pair) => {
  const [kind, target] = pair.split('/');
  return w('stats.kindAgainst', { kind: lower(wordFor('kind', kind)), target: lower(wordFor('target', target)) });
};
/** "hovedstaden horseroed" or "syddanmark off duty" → "Horserød Fængsel (Hovedstaden)". */
const placeWords = (text) => {
  const [area, ...rest] = text.trim().split(' ');
  const institution = rest.join(' ');
  return w('stats.placeInArea', { place: institution && institution !== 'off duty' ? wordFor('institution', institution) : w('stats.offDutyShort'), area: wordFor('area', area) });
};

/** Why an incident moved, from the report's cause (reason + detail), in words. */
function causeWords(cause) {
  const detail = cause.detail || '';
  const sides = detail.split(' → ');
  switch (cause.reason) {
    case 'recorded-late':
      return w('stats.cause.recordedLate');
    case 'reclassified':
      return sides.length === 2 ? w('stats.cause.reclassified', { from: kindTarget(sides[0]), to: kindTarget(sides[1]) }) : reasonWords('reclassified');
    case 'marked-duplicate':
      return w('stats.cause.duplicate');
    case 'date-corrected':
      return sides.length === 2 ? w('stats.cause.date', { from: dayWords(sides[0].replace('occurred ', '')), to: dayWords(sides[1]) }) : reasonWords('date-corrected');
    case 'area-corrected':
      return sides.length === 2 ? w('stats.cause.place', { from: placeWords(sides[0]), to: placeWords(sides[1]) }) : reasonWords('area-corrected');
    case 'definition-changed':
      return definitionWords(detail);
    case 'imported':
    case 'marked-not-reportable':
    case 'reopened':
      return reasonWords(cause.reason);
    default:
      return w('stats.cause.other');
  }
}

/** Which rule keeps an incident out ("kind harassment", "off duty"), in words. */
function ruleWords(rule) {
  if (rule === 'off duty') return w('stats.rule.offDuty');
  if (rule === 'at an institution') return w('stats.rule.atInstitution');
  if (rule === 'an exercise') return w('stats.rule.exercise');
  const m = /^(kind|target group|perpetrator|marked) (.+)$/.exec(rule);
  if (!m) return rule;
  if (m[1] === 'kind') return w('stats.rule.kind', { kind: lower(wordFor('kind', m[2])) });
  if (m[1] === 'target group') return w('stats.rule.target', { target: lower(wordFor('target', m[2])) });
  if (m[1] === 'perpetrator') return w('stats.rule.perpetrator', { perpetrator: lower(wordFor('perpetrator', m[2])) });
  return WORDS['stats.marked.' + m[2]] === undefined ? w('stats.marked.other', { mark: m[2].replace(/-/g, ' ') }) : w('stats.marked.' + m[2]);
}

/** "not counted under version 1: kind harassment; version 2 counts the episode" → words. */
function definitionWords(detail) {
  return detail
    .split('; ')
    .map((part) => {
      let m = /^not counted under version (\d+): (.*)$/.exec(part);
      if (m) return w('stats.rule.notCounted', { version: m[1], rule: ruleWords(m[2]) });
      m = /^version (\d+) counts (\d+) exposed$/.exec(part);
      if (m) return wn('stats.rule.countsExposed', Number(m[2]), { version: m[1] });
      m = /^version (\d+) counts the episode$/.exec(part);
      if (m) return w('stats.rule.countsIt', { version: m[1] });
      if (part === 'counted differently') return w('stats.rule.countedDifferently');
      return part;
    })
    .join('. ');
}
`;
