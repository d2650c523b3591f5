/**
 * One step of a run: its state, who did what and when, and the actions open to the coordinator.
 * The page refuses what the rules refuse (a required note, a mandatory skip without a reason)
 * before sending; the server checks again.
 */
export const STEP_VIEW_JS = String.raw`
function stepView(run, s, error, act) {
  const overdue = s.status === 'open' && (s.overdue || new Date(s.dueAt) <= new Date());
  const titleOf = (id) => ((run.steps.find((x) => x.stepId === id) || {}).title || id);
  // Late as the crisis page's card progress says it: closed after the deadline, and by how much.
  const late = s.status === 'done' ? lateBy(s.dueAt, s.completedAt) : null;
  const badges = [h('span', { class: 'badge' + (late ? ' late' : '') }, late ? LATE_WORDS.doneLate : { open: w('step.open'), done: LATE_WORDS.done, skipped: w('step.skipped') }[s.status] || s.status)];
  if (overdue) badges.push(h('span', { class: 'badge overdue' }, w('step.overdue')));
  if (s.escalatedTo) badges.push(h('span', { class: 'badge overdue' }, w('step.escalatedTo') + roleName(s.escalatedTo)));
  const assignee = s.assignee ? (s.assignee.kind === 'person' ? s.assignee.ref : roleName(s.assignee.role)) : null;
  const facts = [
    [w('step.responsible'), responsibleName(s.responsibleRole) + (assignee ? w('step.assignedTo') + assignee : '')],
    [w('step.due'), [when(s.dueAt), overdue ? h('span', { class: 'overdue' }, w('step.overdueNote')) : '']],
    [w('step.mandatory'), w(s.mandatory ? 'step.yes' : 'step.no')],
    [w('step.noteRequired'), w(s.noteRequired ? 'step.yes' : 'step.no')],
  ];
  if (s.prerequisites && s.prerequisites.length) facts.push([w('step.after'), h('span', { lang: 'da' }, s.prerequisites.map(titleOf).join(', '))]);
  if (s.status === 'done') facts.push([w('step.tickedOff'), [s.completedBy, ' · ', when(s.completedAt), late ? [' · ', h('strong', { class: 'lateness' }, late)] : '']]);
  if (s.status === 'done' && s.note) facts.push([w('step.note'), h('span', { class: 'note' }, s.note)]);
  if (s.status === 'skipped') facts.push([w('step.skippedBy'), [s.skippedBy, ' · ', when(s.completedAt)]]);
  if (s.status === 'skipped' && s.justification) facts.push([w('step.reason'), h('span', { class: 'justification' }, s.justification)]);
  if (s.status === 'open' && s.reopenReason) facts.push([w('step.reopenedBecause'), s.reopenReason]);
  const errorId = 'error-' + s.stepId;
  return h('li', { id: 'step-' + s.stepId, class: 'step status-' + s.status + (overdue ? ' overdue' : ''), 'data-status': s.status, 'aria-labelledby': 'title-' + s.stepId },
    h('h3', { id: 'title-' + s.stepId }, h('span', { lang: 'da' }, s.title), badges),
    h('p', { lang: 'da' }, s.instructions),
    h('dl', { class: 'facts' }, facts.map((f) => [h('dt', {}, f[0]), h('dd', {}, f[1])])),
    h('p', { id: errorId, class: 'field-error', 'aria-live': 'assertive' }, error || ''),
    s.status === 'open' ? openActions(s, errorId, act) : closedActions(s, errorId, act));
}

/** A text field with its label; an empty required one is refused here, with the reason beside it. */
function textField(id, label, required, rows) {
  const field = rows
    ? h('textarea', { id: id, 'data-draft': id, rows: rows, maxlength: 4000, 'aria-required': required ? 'true' : null })
    : h('input', { id: id, 'data-draft': id, autocomplete: 'off', 'aria-required': required ? 'true' : null });
  return { field: field, nodes: [h('label', { for: id }, label), field] };
}

function guarded(s, errorId, field, refusal, send) {
  return (event) => {
    event.preventDefault();
    const value = field.value.trim();
    if (refusal && !value) {
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', errorId);
      $(errorId).textContent = refusal;
      field.focus();
      return;
    }
    field.removeAttribute('aria-invalid');
    send(value);
  };
}

function openActions(s, errorId, act) {
  const note = textField('note-' + s.stepId, w(s.noteRequired ? 'step.noteRequiredLabel' : 'step.noteOptionalLabel'), s.noteRequired, 2);
  const reason = textField('skip-reason-' + s.stepId, w(s.mandatory ? 'step.skipReasonMandatory' : 'step.skipReasonOptional'), s.mandatory, 2);
  const person = textField('assign-' + s.stepId, w('step.personLabel'), true);
  const tick = guarded(s, errorId, note.field, s.noteRequired ? w('step.needsNote') : null, (value) => act(s, 'completion', value ? { note: value } : {}));
  const skip = guarded(s, errorId, reason.field, s.mandatory ? w('step.mandatorySkip') : null, (value) => act(s, 'skipping', value ? { justification: value } : {}));
  const assign = guarded(s, errorId, person.field, w('step.givePerson'), (value) => {
    if (!STAFF_REF.test(value.toUpperCase())) return ($(errorId).textContent = w('step.badPerson'));
    act(s, 'assignment', { person: value.toUpperCase() });
  });
  return [
    h('form', { class: 'action tick', novalidate: true, onsubmit: tick }, note.nodes, h('button', { type: 'submit' }, w('step.tick'))),
    h('details', { 'data-key': 'skip-' + s.stepId }, h('summary', {}, w('step.skipSummary')),
      h('form', { class: 'action skip', novalidate: true, onsubmit: skip }, reason.nodes, h('button', { type: 'submit' }, w('step.skip')))),
    h('details', { 'data-key': 'assign-' + s.stepId }, h('summary', {}, w('step.assignSummary')),
      h('form', { class: 'action assign', novalidate: true, onsubmit: assign }, person.nodes, h('button', { type: 'submit' }, w('step.assign')))),
  ];
}

function closedActions(s, errorId, act) {
  const reason = textField('reopen-reason-' + s.stepId, w('step.reopenLabel'), true, 2);
  const reopen = guarded(s, errorId, reason.field, w('step.sayWhy'), (value) => act(s, 'reopening', { reason: value }));
  return h('details', { 'data-key': 'reopen-' + s.stepId }, h('summary', {}, w('step.reopenSummary')),
    h('form', { class: 'action reopen', novalidate: true, onsubmit: reopen }, reason.nodes, h('button', { type: 'submit' }, w('step.reopen'))));
}
`;
