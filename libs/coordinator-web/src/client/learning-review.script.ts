/**
 * One review (#review=<id>): read in full from its stream with its timeline assembled from the record, then shown part by
 * part. Every change reads it again; a part being typed in keeps what was typed, and the summary editor is never replaced
 * under the hand (see learning-summary).
 */
export const LEARNING_REVIEW_JS = String.raw`
let rv = null;
const REVIEW_PARTS = [
  ['timeline', 'Timeline', 'Every recorded event of what is reviewed, oldest first, in the words of the record. Mark the moments that matter, and say why.'],
  ['findings', 'Findings', 'What went well and what went wrong, each resting on the moments it comes from.'],
  ['factors', 'Contributing factors', 'Why it happened, by class: organisational; static (physical and technical); dynamic (human and relational).'],
  ['summary', 'Summary', 'What the review concludes, in the partnership\u2019s words.'],
  ['participants', 'Participants', 'Who took part, by role and reference; never by name.'],
  ['sign-off', 'Sign-off and publication', 'Management and the employee representatives both sign off; then the review is published and no longer edited.'],
  ['actions', 'Follow-up actions', 'What is to be done, by whom and by when. Follow-up goes on after the review is published.'],
  ['addenda', 'Addenda', 'Later learning, added beside the published review.'],
];

const reviewPath = (suffix) => '/learning-reviews/' + encodeURIComponent(rv.id) + (suffix || '');
const draftable = () => rv.review.status === 'draft' && holds(REVIEWER_ROLES);

function showReview(reviewId, generation) {
  rv = { id: reviewId, review: null, timeline: null, byEvent: new Map(), marking: null, withdrawing: null, generation: generation };
  resetEditor();
  fill($('main'),
    h('p', { class: 'back' }, h('a', { href: '#' }, 'All reviews')),
    h('div', { id: 'review-head' }, h('h1', {}, 'Learning review'), h('p', { class: 'status', role: 'status', 'aria-live': 'polite' }, 'Reading the review…')),
    h('div', { id: 'review-parts' }));
  return loadReview();
}

async function loadReview() {
  const generation = rv.generation;
  const [res, timeline, catalogue, policy] = await Promise.all([
    api('GET', reviewPath()),
    api('GET', reviewPath('/timeline')),
    catalogueNow ? null : api('GET', '/learning-catalogue'),
    policyRead ? null : api('GET', '/learning-review-policy'),
  ]);
  if (generation !== currentGeneration) return;
  notePolicy(policy);
  if (catalogue) catalogueNow = catalogue.ok ? catalogue.body : { version: 0, interventions: [] };
  if (!res.ok) {
    if (res.status === 403) complain(NO_LEARNING_ACCESS);
    fill($('review-head'), h('h1', {}, 'Learning review'), h('p', { class: 'status failed', role: 'status' }, learningProblem(res, 'read')));
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
  if (s.type === 'activation') return [s.exercise ? 'A crisis exercise' : 'A crisis activation', ' (', h('a', { href: '/crisis/activations/' + encodeURIComponent(s.activationId) }, 'open it on the crisis board'), ')'];
  const n = (s.incidentIds || []).length;
  return s.type === 'theme' ? 'A theme: ' + s.description + ' (' + countWords(n, 'incident') + ')' : countWords(n, 'incident');
}

function renderReview() {
  const r = rv.review;
  document.title = r.title + ' · Learning reviews · Vigil';
  const required = r.status === 'required';
  refill($('review-head'), [
    h('h1', {}, r.title),
    h('p', { class: 'review-kind' }, words('kind', r.kind), ' · ', h('strong', { id: 'review-status' }, words('reviewStatus', r.status)), ' ', reviewMarks(r)),
    h('dl', { class: 'facts' },
      h('dt', {}, 'About'), h('dd', {}, subjectWords(r.subject)),
      h('dt', {}, 'Unit'), h('dd', {}, unitWords(r.unit)),
      r.startBy ? [h('dt', {}, 'Start by'), h('dd', {}, dayEl(r.startBy))] : null,
      h('dt', {}, 'Publish by'), h('dd', {}, r.dueOn ? dayEl(r.dueOn) : 'No due date'),
      r.startedAt ? [h('dt', {}, 'Started'), h('dd', {}, dayEl(r.startedAt))] : null),
    r.policy ? h('p', { class: 'policy-line' }, 'Required by policy: ' + (policyTitles[r.policy.rule] || 'a rule of the review policy (version ' + r.policy.version + ')')) : null,
    r.status === 'published'
      ? h('p', { id: 'published-note', class: 'published-note' }, 'Published on ', dayEl(r.publishedAt), '; it is not edited — add later learning as an addendum.')
      : null,
    r.status === 'agreed' ? h('p', { class: 'agreed-note' }, 'Both sides have signed off: the review is no longer edited and is ready to publish.') : null,
    h('p', { class: 'review-tools' },
      required && holds(REVIEWER_ROLES) ? h('button', { type: 'button', id: 'take-up', onclick: (e) => takeUpHere(e.currentTarget) }, 'Start this review') : null,
      ' ', h('button', { type: 'button', id: 'read-again', onclick: () => reloadReview().then(() => say('Read again.')) }, 'Read again')),
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
  say('Started: the review is now in progress.');
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
  if (!ids || !ids.length) return h('p', { class: 'muted' }, 'Rests on no marked moment.');
  return h('div', { class: 'rests-on' }, h('p', { class: 'muted' }, 'Rests on:'),
    h('ul', {}, ids.map((id) => {
      const e = rv.byEvent.get(id);
      return h('li', {}, e ? [momentEl(e.occurredAt || e.at), ': ', e.what] : 'a recorded event no longer in the timeline');
    })));
}

/** Checkboxes of the marked moments, for what a finding or factor rests on. */
function evidenceChoices(prefix) {
  const marked = ((rv.timeline && rv.timeline.entries) || []).filter((e) => e.marked);
  return h('fieldset', { class: 'choices', id: prefix + '-evidence', 'aria-describedby': prefix + '-evidence-error' },
    h('legend', {}, 'Rests on these marked moments'),
    marked.length
      ? marked.map((e, n) => h('label', { class: 'choice' },
        h('input', { type: 'checkbox', name: 'evidence', id: prefix + '-evidence-' + n, value: e.eventId }), ' ', momentWords(e.occurredAt || e.at), ': ', e.what))
      : h('p', { class: 'muted' }, 'No moment is marked yet: mark moments in the timeline to rest findings and factors on them.'),
    h('p', { id: prefix + '-evidence-error', class: 'field-error', 'aria-live': 'polite' }));
}
const checkedEvidence = (form) => [...form.querySelectorAll('input[name="evidence"]:checked')].map((c) => c.value);
`;
