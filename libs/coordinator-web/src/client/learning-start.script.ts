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
    h('summary', {}, w('learning.start.heading')),
    h('form', { id: 'start-form', class: 'command-form', 'aria-label': w('learning.start.heading'), onsubmit: submitStart },
      field('start', 'kind', w('learning.start.kind'), h('select', {}, options(pairsOf('kind'), '', w('learning.start.chooseKind'))), w('learning.start.kindHint')),
      field('start', 'title', w('learning.field.title'), h('input', { autocomplete: 'off', maxlength: 200 }), w('learning.hint.roles')),
      field('start', 'dueOn', w('learning.start.dueOn'), h('input', { type: 'date', min: todayText() })),
      h('fieldset', { class: 'choices' }, h('legend', {}, w('learning.start.about')),
        radio('incidents', w('learning.start.incidents'), true), radio('activation', w('learning.start.activation'), false)),
      h('div', { id: 'start-subject', 'aria-live': 'polite' }, h('p', { class: 'muted' }, w('learning.start.readingChoices'))),
      field('start', 'unit', w('learning.start.unit'), h('select', {}, unitOptions('', w('learning.start.ownUnit', { unit: me ? personUnit() : '' }))),
        w('learning.start.unitHint')),
      h('button', { type: 'submit' }, w('learning.start.submit'))));
}

async function loadSubjectChoices() {
  if (!subjectChoices) {
    const [incidents, activations] = await Promise.all([read('/incidents?limit=100'), read('/crisis-activations')]);
    subjectChoices = { incidents: incidents, activations: activations };
  }
  showSubjectChoices();
}

const incidentWords = (i) => w('learning.start.incident', {
  kind: firstUp(inSentence(words('incidentKind', i.kind))),
  target: inSentence(words('target', i.target)),
  place: i.institution ? institutionNamed(i.institution) : w('learning.start.offDuty', { area: areaNamed(i.area) }),
  when: momentWords(i.occurredAt),
});
const activationWords = (a) => w(a.exercise ? 'learning.start.exercise' : 'learning.start.real', {
  title: a.title,
  place: a.institution ? institutionNamed(a.institution) : a.area ? areaNamed(a.area) : inSentence(w('learning.unit.national')),
  when: momentWords(a.activatedAt),
}) + (a.stoodDownAt ? w('learning.start.stoodDown', { day: dayWords(a.stoodDownAt) }) : w('learning.start.stillActive'));

function showSubjectChoices() {
  const box = $('start-subject');
  if (!box || !subjectChoices) return;
  const type = $('start-subject-activation') && $('start-subject-activation').checked ? 'activation' : 'incidents';
  const res = type === 'incidents' ? subjectChoices.incidents : subjectChoices.activations;
  if (res.status === 403) {
    return fill(box, h('p', { class: 'muted' }, w(type === 'incidents' ? 'learning.start.noIncidentRole' : 'learning.start.noActivationRole')));
  }
  if (!res.ok) return fill(box, h('p', { class: 'muted' }, learningProblem(res, 'read')));
  if (type === 'incidents') {
    const items = (res.body.items || []).filter((i) => !i.duplicateOf);
    if (!items.length) return fill(box, h('p', { class: 'muted' }, w('learning.start.noIncidents')));
    return fill(box, h('fieldset', { class: 'choices pick-list', id: 'start-incidentIds', 'aria-describedby': 'start-incidentIds-error' },
      h('legend', {}, w('learning.start.pickIncidents')),
      items.map((i, n) => h('label', { class: 'choice' }, h('input', { type: 'checkbox', name: 'incidentIds', id: 'start-incident-' + n, value: i.id }), ' ', incidentWords(i))),
      h('p', { id: 'start-incidentIds-error', class: 'field-error', 'aria-live': 'polite' })));
  }
  const items = res.body.items || [];
  if (!items.length) return fill(box, h('p', { class: 'muted' }, w('learning.start.noActivations')));
  fill(box, field('start', 'activationId', w('learning.field.activationId'), h('select', {},
    options(items.map((a) => [a.activationId, activationWords(a)]), '', w('learning.start.chooseActivation')))));
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
  noticeAfterMove = w('learning.started', { title: body.title });
  location.hash = 'review=' + encodeURIComponent(res.body.reviewId);
}
`;
