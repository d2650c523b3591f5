import { Role } from '@vigil/identity';
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
import { ROLE_NAMES } from '@vigil/web-sign-in';

type Words<Codes extends readonly string[]> = Record<Codes[number], string>;

/** Learning reviews' codes as the partnership says them; typed by the code lists, so a new code must get its words here. */
const KIND: Words<typeof REVIEW_KINDS> = { huddle: 'Huddle', 'after-action': 'After-action review', full: 'Full review', thematic: 'Thematic review' };
const FACTOR_CLASS: Words<typeof FACTOR_CLASSES> = {
  organisational: 'Organisational',
  static: 'Static: physical and technical',
  dynamic: 'Dynamic: human and relational',
};
const FINDING: Words<typeof FINDING_KINDS> = { 'went-well': 'Went well', 'went-wrong': 'Went wrong' };
const HORIZON: Words<typeof HORIZONS> = { short: 'Short term', long: 'Long term' };
const ACTION_STATUS: Words<typeof ACTION_STATUSES> = { planned: 'Planned', 'under-way': 'Under way', done: 'Done', dropped: 'Dropped' };
const RESPONSE: Words<typeof RESPONSES> = { implemented: 'Implemented', partly: 'Partly', 'under-way': 'Under way', rejected: 'Rejected' };
const SIDE: Words<typeof SIGN_OFF_ROLES> = { management: 'management', 'employee-representative': 'the employee representatives' };
const PARTICIPANT: Words<typeof PARTICIPANT_ROLES> = {
  'lead-reviewer': 'Lead reviewer',
  reviewer: 'Reviewer',
  management: 'Management',
  'employee-representative': 'Employee representative',
  'safety-representative': 'Safety representative',
  'involved-staff': 'Involved staff member',
  coordinator: 'Coordinator',
};
const SOURCE: Words<typeof TIMELINE_SOURCES> = { incident: 'Incident register', 'action-card': 'Action card', crisis: 'Crisis log' };
const REVIEW_STATUS = { required: 'Required, not started', draft: 'In progress', agreed: 'Agreed by both sides, not yet published', published: 'Published' };
/** Who owns an action: the roles people hold (any other role code is shown as written, made readable). */
const OWNER: Record<Role, string> = ROLE_NAMES;

const LEARNING_WORDS = {
  kind: KIND,
  factorClass: FACTOR_CLASS,
  finding: FINDING,
  horizon: HORIZON,
  actionStatus: ACTION_STATUS,
  response: RESPONSE,
  side: SIDE,
  participant: PARTICIPANT,
  source: SOURCE,
  reviewStatus: REVIEW_STATUS,
  owner: OWNER,
};

/**
 * The learning page's words: codes to words (generated from the review vocabulary), units and moments as people read
 * them, and every problem the API can answer, in words (no codes, no field names).
 */
export const LEARNING_WORDS_JS = String.raw`
const LW = ${JSON.stringify(LEARNING_WORDS)};
const NO_LEARNING_ACCESS = 'Your role does not give access to learning reviews.';
const REPORTING_CULTURE = 'More reports are a sign of a reporting culture, not of more violence. These counts are never used to rank institutions or areas.';
const FIELD_WORDS = { dueOn: 'Due date', title: 'Title', text: 'Text', why: 'Why', reason: 'Reason', ref: 'Reference', recommendation: 'Recommendation',
  ownerRole: 'Owner', unit: 'Unit', kind: 'Kind', class: 'Class', role: 'Role', summary: 'Summary', 'subject.incidentIds': 'Incidents',
  'subject.activationId': 'Crisis activation', 'subject.description': 'What ties them together', 'intervention.interventionId': 'Intervention',
  'intervention.proposed.title': 'Intervention', response: 'Answer', status: 'Status', as: 'Side' };

const words = (group, code) => (code ? LW[group][code] || slugWords(code) : '');
const countWords = (n, one, many) => num(n) + ' ' + (n === 1 ? one : many || one + 's');

/** institution:nyborg → Nyborg Fængsel; area:syddanmark → Område Syddanmark; national → The whole service. */
function unitWords(unit) {
  if (!unit) return 'No unit yet';
  if (unit === 'national') return 'The whole service';
  const [kind, slug] = unit.split(':');
  return kind === 'area' ? wordFor('area', slug) : wordFor('institution', slug);
}

/** An instant as a day and a time in Copenhagen: "14 March 2026, 21:30". */
function momentWords(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  return dayWords(iso) + ', ' + d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Copenhagen' });
}
const momentEl = (iso) => (iso ? h('time', { datetime: iso }, momentWords(iso)) : '');

const problemType = (res) => String((res.body && res.body.type) || '').split('/').pop();

/** A field's problem in words: the API's message with its field name said as the form's label. */
function fieldWords(error) {
  const message = String(error.message || '');
  const label = FIELD_WORDS[error.field] || 'This';
  if (/must be one of/.test(message)) return label + ': choose one of the choices.';
  const said = error.field && message.indexOf(error.field + ' ') === 0 ? label + message.slice(error.field.length) : message;
  return said.replace(/^./, (c) => c.toUpperCase());
}

/** A problem from the API, in words for the person reading; doing is 'read' for a read. */
function learningProblem(res, doing) {
  const type = problemType(res);
  if (res.status === 0) return 'The server could not be reached. Check the connection and try again.';
  if (res.status === 401) return 'Your sign-in has ended. Sign in again to go on.';
  if (res.status === 403) return doing === 'read' ? NO_LEARNING_ACCESS : 'Your role does not allow this change to learning reviews.';
  if (res.status === 404) return 'This is not recorded, or it belongs to a unit outside yours.';
  if (type === 'person-in-text') return 'A text may not name a person by their reference: write about roles ("the officer on the wing"); people take part as participants.';
  if (type === 'published') return 'This review is published and is not edited: add later learning as an addendum.';
  if (type === 'not-a-draft') return 'Both sides have signed this review off, so it is no longer edited: publish it, then add later learning as an addendum.';
  if (type === 'not-agreed') return 'Both management and the employee representatives must sign off before the review is published.';
  if (type === 'not-started') return 'This review is required by policy but nobody has started it yet: start it first.';
  if (type === 'already-started') return 'This review has already been started.';
  if (type === 'stale-revision') return 'Someone else changed this review while you were looking at it. It has been read again: check it and try again.';
  if (type === 'no-change') return 'Nothing changed: ' + ((res.body && res.body.detail) || 'it already reads so') + '.';
  if (res.status === 400 || res.status === 409 || res.status === 422) {
    const errors = (res.body && res.body.errors) || [];
    return 'Please check: ' + (errors.length ? errors.map(fieldWords).join('; ') : (res.body && res.body.detail) || 'the answer was refused') + '.';
  }
  return 'Something went wrong on the server (' + res.status + '). Try again; if it keeps happening, tell the system administrator.';
}
`;
