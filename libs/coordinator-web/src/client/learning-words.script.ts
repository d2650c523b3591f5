import { ROLES } from '@vigil/identity';
import { INCIDENT_KIND_CODES, PHYSICAL_INJURY_CODES, TARGET_GROUP_CODES } from '@vigil/integration-contracts';
import {
  ACTION_STATUSES,
  FACTOR_CLASSES,
  FINDING_KINDS,
  HORIZONS,
  PARTICIPANT_ROLES,
  RESPONSES,
  REVIEW_KINDS,
  SIGN_OFF_ROLES,
  TIMELINE_SOURCES,
} from '@vigil/learning-reviews';
import type { PageWordKey } from './page-words';

/** A group's codes to their word keys; a code without a key in the page words fails to compile. */
function keyed<Prefix extends string, Code extends string>(
  prefix: Prefix,
  codes: readonly Code[] & ([`${Prefix}.${Code}`] extends [PageWordKey] ? unknown : never),
): Record<Code, string> {
  return Object.fromEntries(codes.map((code) => [code, `${prefix}.${code}`])) as Record<Code, string>;
}

/** The crisis vocabulary a timeline line carries (crisis readiness's crisis.vocabulary.ts), as the API writes it. */
const CRISIS_ROLE_CODES = ['crisis-lead', 'log-keeper', 'communications', 'liaison'] as const;
const CRISIS_LEVEL_CODES = ['operational', 'tactical', 'strategic'] as const;
const AUDIENCE_CODES = ['staff', 'inmates', 'relatives', 'police', 'media', 'other-authorities'] as const;
const CHANNEL_CODES = ['meeting', 'phone', 'radio', 'email', 'sms', 'intranet', 'press-release', 'public-website', 'in-person', 'other'] as const;
const SEVERITY_CODES = ['minor', 'moderate', 'serious', 'critical'] as const;

/** Learning reviews' codes (and the incident and crisis codes the page says), each group by its word keys. */
const LEARNING_KEYS = {
  kind: keyed('learning.kind', REVIEW_KINDS),
  policyReview: keyed('learning.policyReview', REVIEW_KINDS),
  factorClass: keyed('learning.factorClass', FACTOR_CLASSES),
  finding: keyed('learning.finding', FINDING_KINDS),
  horizon: keyed('learning.horizon', HORIZONS),
  actionStatus: keyed('learning.actionStatus', ACTION_STATUSES),
  response: keyed('learning.response', RESPONSES),
  side: keyed('learning.side', SIGN_OFF_ROLES),
  participant: keyed('learning.participant', PARTICIPANT_ROLES),
  source: keyed('learning.source', TIMELINE_SOURCES),
  reviewStatus: keyed('learning.reviewStatus', ['required', 'draft', 'agreed', 'published']),
  owner: keyed('role', ROLES),
  incidentKind: keyed('learning.incidentKind', INCIDENT_KIND_CODES),
  target: keyed('learning.target', TARGET_GROUP_CODES),
  injury: keyed('learning.injury', PHYSICAL_INJURY_CODES),
  severity: keyed('learning.severity', SEVERITY_CODES),
  crisisRole: keyed('learning.crisisRole', CRISIS_ROLE_CODES),
  crisisLevel: keyed('crisis.level', CRISIS_LEVEL_CODES),
  audience: keyed('crisis.audience', AUDIENCE_CODES),
  channel: keyed('crisis.channel', CHANNEL_CODES),
};

/** The form labels a refused field is named by, by the API's field name. */
const FIELD_KEYS: Record<string, PageWordKey> = {
  dueOn: 'learning.field.dueOn',
  title: 'learning.field.title',
  text: 'learning.field.text',
  why: 'learning.field.why',
  reason: 'learning.field.reason',
  ref: 'learning.field.ref',
  recommendation: 'learning.field.recommendation',
  ownerRole: 'learning.field.ownerRole',
  unit: 'learning.field.unit',
  kind: 'learning.field.kind',
  class: 'learning.field.class',
  role: 'learning.field.role',
  summary: 'learning.field.summary',
  'subject.incidentIds': 'learning.field.incidentIds',
  'subject.activationId': 'learning.field.activationId',
  'subject.description': 'learning.field.description',
  'intervention.interventionId': 'learning.field.intervention',
  'intervention.proposed.title': 'learning.field.intervention',
  response: 'learning.field.response',
  status: 'learning.field.status',
  as: 'learning.field.as',
};

/**
 * The learning page's words: codes to words in the page's language (the keys generated from the review vocabulary), units
 * and moments as people read them, the crisis codes of a timeline line in words, and every problem the API can answer,
 * in words (no codes, no field names).
 */
export const LEARNING_WORDS_JS = String.raw`
const LW = Object.fromEntries(Object.entries(${JSON.stringify(LEARNING_KEYS)}).map(([group, keys]) =>
  [group, Object.fromEntries(Object.entries(keys).map(([code, key]) => [code, w(key)]))]));
const FIELD_WORDS = Object.fromEntries(Object.entries(${JSON.stringify(FIELD_KEYS)}).map(([field, key]) => [field, w(key)]));
const NO_LEARNING_ACCESS = w('learning.problem.noAccess');
const REPORTING_CULTURE = w('learning.reportingCulture');

const words = (group, code) => (code ? LW[group][code] || slugWords(code) : '');
/** A word said inside a sentence: "Press release" → "press release", an abbreviation such as SMS as it is. */
const inSentence = (text) => (/^\p{Lu}\p{Lu}/u.test(text) ? text : text.charAt(0).toLocaleLowerCase(LOCALE) + text.slice(1));
const firstUp = (text) => (text ? text.charAt(0).toLocaleUpperCase(LOCALE) + text.slice(1) : '');
const areaNamed = (slug) => AREA_NAMES[slug] || slugWords(slug);
const institutionNamed = (slug) => INSTITUTION_NAMES[slug] || slugWords(slug);
/** The areas and regions this deployment serves, in the service's own order. */
const UNIT_AREAS = SERVED_AREAS;
const institutionsOf = (area) => Object.keys(INSTITUTION_AREAS).filter((slug) => INSTITUTION_AREAS[slug] === area);
const incidentKinds = (codes) => (codes || []).map((code) => inSentence(words('incidentKind', code)));

/** institution:nyborg → Nyborg Fængsel; area:syddanmark → Syddanmark; national → the whole service. */
function unitWords(unit) {
  if (!unit) return w('learning.unit.none');
  if (unit === 'national') return w('learning.unit.national');
  const [kind, slug] = unit.split(':');
  return kind === 'area' ? areaNamed(slug) : institutionNamed(slug);
}

/** An instant as a day and a time in Copenhagen, the locale's way: "14 March 2026, 21:30". */
function momentWords(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  return w('learning.moment', { day: dayWords(iso), time: d.toLocaleTimeString(LOCALE, { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Copenhagen' }) });
}
const momentEl = (iso) => (iso ? h('time', { datetime: iso }, momentWords(iso)) : '');

/** A timeline line as the server wrote it, already in the reader's words (roles, levels, channels and places too). */
const entryWhat = (e) => e.what;

const problemType = (res) => String((res.body && res.body.type) || '').split('/').pop();

/** A field's problem in words: the API's message with its field name said as the form's label. */
function fieldWords(error) {
  const message = String(error.message || '');
  const label = FIELD_WORDS[error.field] || w('learning.field.this');
  if (/must be one of/.test(message)) return w('learning.problem.chooseOne', { label: label });
  const said = error.field && message.indexOf(error.field + ' ') === 0 ? label + message.slice(error.field.length) : message;
  return said.replace(/^./, (c) => c.toLocaleUpperCase(LOCALE));
}

/** A problem from the API, in words for the person reading; doing is 'read' for a read. */
function learningProblem(res, doing) {
  const type = problemType(res);
  const detail = (res.body && res.body.detail) || '';
  if (res.status === 0) return w('learning.problem.unreachable');
  if (res.status === 401) return w('learning.problem.signedOut');
  if (res.status === 403) return doing === 'read' ? NO_LEARNING_ACCESS : w('learning.problem.notAllowed');
  if (res.status === 404) return w('learning.problem.notFound');
  if (type === 'person-in-text') return w('learning.problem.personInText');
  if (type === 'published') return w('learning.problem.published');
  if (type === 'not-a-draft') return w('learning.problem.notADraft');
  if (type === 'not-agreed') return w('learning.problem.notAgreed');
  if (type === 'not-started') return w('learning.problem.notStarted');
  if (type === 'already-started') return w('learning.problem.alreadyStarted');
  if (type === 'stale-revision') return w('learning.problem.stale');
  if (type === 'no-change') return w('learning.problem.noChange', { detail: String(detail || w('learning.problem.noChangeDetail')).replace(/\.$/, '') });
  if (res.status === 400 || res.status === 409 || res.status === 422) {
    const errors = (res.body && res.body.errors) || [];
    return w('learning.problem.check', { what: (errors.length ? errors.map(fieldWords).join('; ') : detail || w('learning.problem.refused')).replace(/\.$/, '') });
  }
  return w('learning.problem.server', { status: res.status });
}
`;
