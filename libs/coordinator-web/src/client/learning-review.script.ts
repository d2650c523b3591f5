/**
 * One review (#review=<id>): read in full from its stream with its timeline assembled from the record, then shown part by
 * part. Every change reads it again; a part being typed in keeps what was typed, and the summary editor is never replaced
 * under the hand (see learning-summary).
 */
export const LEARNING_REVIEW_JS = String.raw`
let rv = null;
/** The review's parts, each with its heading and what it shows (words keyed learning.part.<key>.heading and .intro). */
const REVIEW_PARTS = [
  ['timeline', 'timeline'],
  ['findings', 'findings'],
  ['factors', 'factors'],
  ['summary', 'summary'],
  ['participants', 'participants'],
  ['sign-off', 'signOff'],
  ['actions', 'actions'],
  ['addenda', 'addenda'],
].map(([id, key]) => [id, w('learning.part.' + key + '.heading'), w('learning.part.' + key + '.intro')]);

const reviewPath = (suffix) => '/learning-reviews/' + encodeURIComponent(rv.id) + (suffix || '');
const draftable = () => rv.review.status === 'draft' && holds(REVIEWER_ROLES);

function showReview(reviewId, generation) {
  rv = { id: reviewId, review: null, timeline: null, byEvent: new Map(), marking: null, withdrawing: null, generation: generation };
  resetEditor();
  fill($('main'),
    h('p', { class: 'back' }, h('a', { href: '#' }, w('learning.allReviews'))),
    h('div', { id: 'review-head' }, h('h1', {}, w('learning.review.heading')), h('p', { class: 'status', role: 'status', 'aria-live': 'polite' }, w('learning.review.reading'))),
    h('div', { id: 'review-parts' }));
  return loadReview();
}

async function loadReview() {
  const generation = rv.generation;
  const [res, timeline, catalogue, policy] = await Promise.all([
    read(reviewPath()),
    read(reviewPath('/timeline')),
    catalogueNow ? null : read('/learning-catalogue'),
    policyRead ? null : read('/learning-review-policy'),
  ]);
  if (generation !== currentGeneration) return;
  notePolicy(policy);
  if (catalogue) catalogueNow = catalogue.ok ? catalogue.body : { version: 0, interventions: [] };
  if (!res.ok) {
    if (res.status === 403) complain(NO_LEARNING_ACCESS);
    fill($('review-head'), h('h1', {}, w('learning.review.heading')), h('p', { class: 'status failed', role: 'status' }, learningProblem(res, 'read')));
    return fill($('review-parts'));
  }
  rv.review = res.body;
  rv.timeline = timeline.ok ? timeline.body : null;
  rv.timelineProblem = timeline.ok ? null : timeline;
  rv.byEvent = new Map(((rv.timeline && rv.timeline.entries) || []).map((e) => [e.eventId, e]));
  syncEditor(rv.review);
  renderReview();
}

/** Reads the review again (after a change, or when asked), keeping what is being typed. */
const reloadReview = () => (rv ? loadReview() : null);

function subjectWords(s) {
  if (!s) return '';
  if (s.type === 'activation') {
    return [w(s.exercise ? 'learning.subject.exercise' : 'learning.subject.activation'), ' (',
      h('a', { href: '/crisis/activations/' + encodeURIComponent(s.activationId) }, w('learning.subject.openCrisis')), ')'];
  }
  const n = (s.incidentIds || []).length;
  return s.type === 'theme' ? w('learning.subject.theme', { theme: s.description, incidents: wn('learning.count.incidents', n) }) : wn('learning.count.incidents', n);
}

function renderReview() {
  const r = rv.review;
  document.title = r.title + ' · ' + w('learning.heading') + ' · Vigil';
  const required = r.status === 'required';
  refill($('review-head'), [
    h('h1', {}, r.title),
    h('p', { class: 'review-kind' }, words('kind', r.kind), ' · ', h('strong', { id: 'review-status' }, words('reviewStatus', r.status)), ' ', reviewMarks(r)),
    h('dl', { class: 'facts' },
      h('dt', {}, w('learning.fact.about')), h('dd', {}, subjectWords(r.subject)),
      h('dt', {}, w('learning.fact.unit')), h('dd', {}, unitWords(r.unit)),
      r.startBy ? [h('dt', {}, w('learning.fact.startBy')), h('dd', {}, dayEl(r.startBy))] : null,
      h('dt', {}, w('learning.fact.publishBy')), h('dd', {}, r.dueOn ? dayEl(r.dueOn) : w('learning.row.noDue')),
      r.startedAt ? [h('dt', {}, w('learning.fact.started')), h('dd', {}, dayEl(r.startedAt))] : null),
    r.policy
      ? h('p', { class: 'policy-line' }, w('learning.requiredBy', { rule: policyTitles[r.policy.rule] || w('learning.aPolicyRuleVersion', { version: num(r.policy.version) }) }))
      : null,
    r.status === 'published'
      ? h('p', { id: 'published-note', class: 'published-note' }, w('learning.publishedOn'), ' ', dayEl(r.publishedAt), w('learning.publishedNote'))
      : null,
    r.status === 'agreed' ? h('p', { class: 'agreed-note' }, w('learning.agreedNote')) : null,
    h('p', { class: 'review-tools' },
      required && holds(REVIEWER_ROLES) ? h('button', { type: 'button', id: 'take-up', onclick: (e) => takeUpHere(e.currentTarget) }, w('learning.startThis')) : null,
      ' ', h('button', { type: 'button', id: 'read-again', onclick: () => reloadReview().then(() => say(w('learning.readAgainDone'))) }, w('learning.readAgain'))),
  ]);
  if (!$('timeline')) {
    fill($('review-parts'), REVIEW_PARTS.map(([id, title, intro]) => part(id, title, intro)));
  }
  const hidden = required ? ['findings', 'factors', 'summary', 'participants', 'sign-off', 'actions', 'addenda'] : r.status === 'published' ? [] : ['addenda'];
  REVIEW_PARTS.forEach(([id]) => ($(id).hidden = hidden.indexOf(id) >= 0));
  renderTimeline();
  if (required) return;
  renderFindings();
  renderFactors();
  renderSummary();
  renderParticipants();
  renderSignOff();
  renderActions();
  renderAddenda();
}

async function takeUpHere(button) {
  complain('');
  const res = await busyWhile(button.parentNode, () => send('POST', reviewPath('/start'), {}));
  if (!res.ok) return complain(learningProblem(res));
  say(w('learning.startedHere'));
  await reloadReview();
}

/**
 * A change to the review: on success it is read again; a refusal is said in words (fields marked beside the form), and
 * when the page was behind (409, 404) the review is read again so the page shows it as it now is. The form is the one sent,
 * or the element whose buttons wait meanwhile.
 */
async function reviewCommand(form, method, suffix, body, done, revision) {
  complain('');
  const res = await busyWhile(form, () => send(method, reviewPath(suffix), body, revision));
  if (form && form.tagName !== 'FORM') form = null;
  if (res.ok) {
    if (form) {
      showErrors(form, null);
      form.reset();
    }
    rv.marking = null;
    rv.withdrawing = null;
    say(done);
    await reloadReview();
    return res;
  }
  if (form) showErrors(form, res);
  else complain(learningProblem(res));
  if (res.status === 409 || res.status === 404) await reloadReview();
  return res;
}

/** "Rests on": the moments an item points at, in words, from the assembled timeline. */
function restsOn(ids) {
  if (!ids || !ids.length) return h('p', { class: 'muted' }, w('learning.restsOnNothing'));
  return h('div', { class: 'rests-on' }, h('p', { class: 'muted' }, w('learning.restsOn')),
    h('ul', {}, ids.map((id) => {
      const e = rv.byEvent.get(id);
      return h('li', {}, e ? [momentEl(e.occurredAt || e.at), ': ', entryWhat(e)] : w('learning.restsOnGone'));
    })));
}

/** Checkboxes of the marked moments, for what a finding or factor rests on. */
function evidenceChoices(prefix) {
  const marked = ((rv.timeline && rv.timeline.entries) || []).filter((e) => e.marked);
  return h('fieldset', { class: 'choices', id: prefix + '-evidence', 'aria-describedby': prefix + '-evidence-error' },
    h('legend', {}, w('learning.evidence.legend')),
    marked.length
      ? marked.map((e, n) => h('label', { class: 'choice' },
        h('input', { type: 'checkbox', name: 'evidence', id: prefix + '-evidence-' + n, value: e.eventId }), ' ', momentWords(e.occurredAt || e.at), ': ', entryWhat(e)))
      : h('p', { class: 'muted' }, w('learning.evidence.none')),
    h('p', { id: prefix + '-evidence-error', class: 'field-error', 'aria-live': 'polite' }));
}
const checkedEvidence = (form) => [...form.querySelectorAll('input[name="evidence"]:checked')].map((c) => c.value);
`;
