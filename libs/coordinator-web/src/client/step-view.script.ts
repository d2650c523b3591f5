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
  const badges = [h('span', { class: 'badge' + (late ? ' late' : '') }, late ? LATE_WORDS.doneLate : { open: 'Open', done: LATE_WORDS.done, skipped: 'Skipped' }[s.status] || s.status)];
  if (overdue) badges.push(h('span', { class: 'badge overdue' }, 'Overdue'));
  if (s.escalatedTo) badges.push(h('span', { class: 'badge overdue' }, 'Escalated to ' + roleName(s.escalatedTo)));
  const assignee = s.assignee ? (s.assignee.kind === 'person' ? s.assignee.ref : roleName(s.assignee.role)) : null;
  const facts = [
    ['Responsible', roleName(s.responsibleRole) + (assignee ? ' · assigned to ' + assignee : '')],
    ['Due', [when(s.dueAt), overdue ? h('span', { class: 'overdue' }, ' (overdue)') : '']],
    ['Mandatory', s.mandatory ? 'Yes' : 'No'],
    ['Note required', s.noteRequired ? 'Yes' : 'No'],
  ];
  if (s.prerequisites && s.prerequisites.length) facts.push(['After', h('span', { lang: 'da' }, s.prerequisites.map(titleOf).join(', '))]);
  if (s.status === 'done') facts.push(['Ticked off', [s.completedBy, ' · ', when(s.completedAt), late ? [' · ', h('strong', { class: 'lateness' }, late)] : '']]);
  if (s.status === 'done' && s.note) facts.push(['Note', h('span', { class: 'note' }, s.note)]);
  if (s.status === 'skipped') facts.push(['Skipped', [s.skippedBy, ' · ', when(s.completedAt)]]);
  if (s.status === 'skipped' && s.justification) facts.push(['Reason', h('span', { class: 'justification' }, s.justification)]);
  if (s.status === 'open' && s.reopenReason) facts.push(['Reopened because', s.reopenReason]);
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
  const note = textField('note-' + s.stepId, s.noteRequired ? 'Note (required)' : 'Note (optional)', s.noteRequired, 2);
  const reason = textField('skip-reason-' + s.stepId, s.mandatory ? 'Reason for skipping (required: the step is mandatory)' : 'Reason for skipping (optional)', s.mandatory, 2);
  const person = textField('assign-' + s.stepId, 'Staff reference of the person, e.g. ST-7K3Q9P', true);
  const tick = guarded(s, errorId, note.field, s.noteRequired ? 'This step needs a note before it can be ticked off.' : null, (value) => act(s, 'completion', value ? { note: value } : {}));
  const skip = guarded(s, errorId, reason.field, s.mandatory ? 'A mandatory step can only be skipped with a reason.' : null, (value) => act(s, 'skipping', value ? { justification: value } : {}));
  const assign = guarded(s, errorId, person.field, 'Give the staff reference of the person.', (value) => {
    if (!STAFF_REF.test(value.toUpperCase())) return ($(errorId).textContent = 'A staff reference looks like ST-7K3Q9P; never a name.');
    act(s, 'assignment', { person: value.toUpperCase() });
  });
  return [
    h('form', { class: 'action tick', novalidate: true, onsubmit: tick }, note.nodes, h('button', { type: 'submit' }, 'Tick off')),
    h('details', { 'data-key': 'skip-' + s.stepId }, h('summary', {}, 'Skip this step…'),
      h('form', { class: 'action skip', novalidate: true, onsubmit: skip }, reason.nodes, h('button', { type: 'submit' }, 'Skip step'))),
    h('details', { 'data-key': 'assign-' + s.stepId }, h('summary', {}, 'Assign to a person…'),
      h('form', { class: 'action assign', novalidate: true, onsubmit: assign }, person.nodes, h('button', { type: 'submit' }, 'Assign'))),
  ];
}

function closedActions(s, errorId, act) {
  const reason = textField('reopen-reason-' + s.stepId, 'Reason for reopening (required)', true, 2);
  const reopen = guarded(s, errorId, reason.field, 'Say why the step is opened again.', (value) => act(s, 'reopening', { reason: value }));
  return h('details', { 'data-key': 'reopen-' + s.stepId }, h('summary', {}, 'Reopen this step…'),
    h('form', { class: 'action reopen', novalidate: true, onsubmit: reopen }, reason.nodes, h('button', { type: 'submit' }, 'Reopen step')));
}
`;
