/** Raising or lowering the level and standing down: both name the revision shown, so a stale page gets 409. */
export const ACTIVATION_ACTIONS_JS = String.raw`
function levelAndStandDown(view) {
  const a = view.activation;
  const levelErrors = view.errors['level'];
  const standErrors = view.errors['stand-down'];
  const level = commandForm(view, 'level', 'Change level', [
    formField(levelErrors, 'level', 'level', 'New level', choice(CRISIS_LEVELS.filter((l) => l[0] !== a.level), '', 'Choose the level…')),
    formField(levelErrors, 'level', 'reason', 'Reason for the change (required)', textArea('', 2)),
  ], (form) => view.submit('level', form, 'POST', '/level',
    { level: formValue(form, 'level') || undefined, reason: formValue(form, 'reason').trim(), expectedRevision: a.revision }, 'Recorded: the level is changed.'));
  const standDown = commandForm(view, 'stand-down', 'Stand down', [
    formField(standErrors, 'stand-down', 'reason', 'Reason for standing down (required)', textArea('', 2)),
  ], (form) => view.submit('stand-down', form, 'POST', '/stand-down', { reason: formValue(form, 'reason').trim(), expectedRevision: a.revision }, 'Recorded: the activation is stood down.'));
  return [
    h('details', { 'data-key': 'level' }, h('summary', {}, 'Raise or lower the level…'), level),
    h('details', { 'data-key': 'stand-down' }, h('summary', {}, 'Stand down…'), standDown),
  ];
}
`;
