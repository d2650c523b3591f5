/**
 * Starting a review: its kind, title and due day, and what it is about, picked from what the API lets the reader list
 * (incidents from the register, a crisis activation or exercise); a reader who may list neither is told who can.
 */
export const LEARNING_START_JS = String.raw`
let subjectChoices = null;

function startReviewForm() {
  if (!holds(REVIEWER_ROLES)) return null;
  const radio = (value, label, checked) => h('label', { class: 'choice' },
    h('input', { type: 'radio', name: 'subjectType', id: 'start-subject-' + value, value: value, checked: checked, onchange: showSubjectChoices }), ' ', label);
  return h('details', { id: 'start-review', class: 'start-review', ontoggle: (e) => e.currentTarget.open && loadSubjectChoices() },
    h('summary', {}, 'Start a review'),
    h('form', { id: 'start-form', class: 'command-form', 'aria-label': 'Start a review', onsubmit: submitStart },
      field('start', 'kind', 'Kind of review', h('select', {}, options(pairsOf('kind'), '', 'Choose the kind…')),
        'A huddle is short. An after-action review asks what was expected, what happened, why, and what to keep and change. A full review goes deep. A thematic review looks across incidents.'),
      field('start', 'title', 'Title', h('input', { autocomplete: 'off', maxlength: 200 }), 'Speak of roles and places, never of named people.'),
      field('start', 'dueOn', 'Due date: publish by', h('input', { type: 'date', min: todayText() })),
      h('fieldset', { class: 'choices' }, h('legend', {}, 'What the review is about'),
        radio('incidents', 'Incidents', true), radio('activation', 'A crisis activation or exercise', false)),
      h('div', { id: 'start-subject', 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Reading what you can choose from…')),
      field('start', 'unit', 'Unit the review belongs to', h('select', {}, unitOptions('', 'Your own unit (' + (me ? me.unitName : '') + ')')),
        'Those who work in the unit, and those above it, can read the review.'),
      h('button', { type: 'submit' }, 'Start the review')));
}

async function loadSubjectChoices() {
  if (!subjectChoices) {
    const [incidents, activations] = await Promise.all([api('GET', '/incidents?limit=100'), api('GET', '/crisis-activations')]);
    subjectChoices = { incidents: incidents, activations: activations };
  }
  showSubjectChoices();
}

const incidentWords = (i) => wordFor('kind', i.kind) + ' against ' + wordFor('target', i.target).toLowerCase() + ' — ' +
  (i.institution ? wordFor('institution', i.institution) : 'off duty, ' + wordFor('area', i.area)) + ', ' + momentWords(i.occurredAt);
const activationWords = (a) => (a.exercise ? 'Exercise: ' : 'Real: ') + a.title + ' — ' + (a.institution ? wordFor('institution', a.institution) : a.area ? wordFor('area', a.area) : 'the whole service') +
  ', activated ' + momentWords(a.activatedAt) + (a.stoodDownAt ? ', stood down ' + dayWords(a.stoodDownAt) : ', still active');

function showSubjectChoices() {
  const box = $('start-subject');
  if (!box || !subjectChoices) return;
  const type = $('start-subject-activation') && $('start-subject-activation').checked ? 'activation' : 'incidents';
  const res = type === 'incidents' ? subjectChoices.incidents : subjectChoices.activations;
  if (res.status === 403) {
    return fill(box, h('p', { class: 'muted' }, type === 'incidents'
      ? 'Your role does not list incidents, so you cannot pick them here. A coordinator or an institution manager starts a review of incidents; ' +
        'reviews the policy requires appear under Due to start.'
      : 'Your role does not list crisis activations. The crisis lead or a coordinator starts the review of an activation; the crisis page links to it.'));
  }
  if (!res.ok) return fill(box, h('p', { class: 'muted' }, learningProblem(res, 'read')));
  if (type === 'incidents') {
    const items = (res.body.items || []).filter((i) => !i.duplicateOf);
    if (!items.length) return fill(box, h('p', { class: 'muted' }, 'No incident is recorded in your unit.'));
    return fill(box, h('fieldset', { class: 'choices pick-list', id: 'start-incidentIds', 'aria-describedby': 'start-incidentIds-error' },
      h('legend', {}, 'Incidents (newest first; pick one or more)'),
      items.map((i, n) => h('label', { class: 'choice' }, h('input', { type: 'checkbox', name: 'incidentIds', id: 'start-incident-' + n, value: i.id }), ' ', incidentWords(i))),
      h('p', { id: 'start-incidentIds-error', class: 'field-error', 'aria-live': 'polite' })));
  }
  const items = res.body.items || [];
  if (!items.length) return fill(box, h('p', { class: 'muted' }, 'No crisis activation or exercise is recorded in your unit.'));
  fill(box, field('start', 'activationId', 'Crisis activation or exercise', h('select', {},
    options(items.map((a) => [a.activationId, activationWords(a)]), '', 'Choose the activation…'))));
}

async function submitStart(event) {
  event.preventDefault();
  const form = event.currentTarget;
  complain('');
  const value = (name) => (form.elements.namedItem(name) ? form.elements.namedItem(name).value : '');
  const type = $('start-subject-activation').checked ? 'activation' : 'incidents';
  let subject;
  if (type === 'incidents') subject = { type: 'incidents', incidentIds: [...form.querySelectorAll('input[name="incidentIds"]:checked')].map((c) => c.value) };
  else {
    const picked = ((subjectChoices && subjectChoices.activations.body && subjectChoices.activations.body.items) || []).find((a) => a.activationId === value('activationId'));
    subject = { type: 'activation', activationId: value('activationId'), exercise: !!(picked && picked.exercise) };
  }
  const body = { kind: value('kind') || undefined, title: value('title').trim(), dueOn: value('dueOn'), subject: subject, unit: value('unit') || undefined };
  const res = await busyWhile(form, () => send('POST', '/learning-reviews', body));
  if (!res.ok) return showErrors(form, res);
  showErrors(form, null);
  noticeAfterMove = 'Started: ' + body.title + '.';
  location.hash = 'review=' + encodeURIComponent(res.body.reviewId);
}
`;
