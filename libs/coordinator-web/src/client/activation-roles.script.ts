/**
 * The crisis roles of an activation: who holds each, since when. While it is active a vacant role can be filled and a
 * held one handed over, by pseudonymous reference only; the form names the revision shown, so a stale page gets 409.
 */
export const ACTIVATION_ROLES_JS = String.raw`
function rolesSection(view) {
  const a = view.activation;
  return h('section', { id: 'crisis-roles', 'aria-labelledby': 'roles-heading' },
    h('h2', { id: 'roles-heading' }, w('activation.roles')),
    h('ul', { class: 'roles' }, a.roles.map((r) => roleItem(view, a, r))));
}

function roleItem(view, a, r) {
  const name = crisisRoleName(r.role);
  return h('li', { 'data-role': r.role, 'data-vacant': String(r.vacant) },
    h('strong', {}, name), ': ',
    r.vacant ? h('em', {}, w('activation.vacant')) : [h('span', { class: 'holder' }, r.holder), w('activation.since'), when(r.since)],
    a.status === 'active' ? roleForm(view, a, r, name) : null);
}

/** Fill when vacant, hand over when held: the same command, the record tells which. */
function roleForm(view, a, r, name) {
  const key = 'role-' + r.role;
  const errors = view.errors[key];
  const words = r.vacant
    ? { open: 'roles.fillOpen', holder: 'roles.holder', send: 'roles.fill', done: 'roles.filled' }
    : { open: 'roles.handOverOpen', holder: 'roles.newHolder', send: 'roles.handOver', done: 'roles.handedOver' };
  const form = commandForm(view, key, w(words.send), [
    formField(errors, key, 'holder', w(words.holder), textInput(''), w('form.staffHint')),
    formField(errors, key, 'note', w('roles.note'), textArea('', 2), w('roles.noteHint')),
  ], (form) => {
    const holder = formValue(form, 'holder').trim().toUpperCase();
    view.submit(key, form, 'PUT', '/roles/' + encodeURIComponent(r.role),
      { holder: holder, note: formValue(form, 'note').trim() || undefined, expectedRevision: a.revision }, w(words.done, { role: name, holder: holder }));
  });
  return h('details', { 'data-key': key, class: 'role-action' }, h('summary', {}, w(words.open, { role: name })), form);
}
`;
