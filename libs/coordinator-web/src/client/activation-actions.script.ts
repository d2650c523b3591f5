/** Raising or lowering the level and standing down: both name the revision shown, so a stale page gets 409. */
export const ACTIVATION_ACTIONS_JS = String.raw`
function levelAndStandDown(view) {
  const a = view.activation;
  const levelErrors = view.errors['level'];
  const standErrors = view.errors['stand-down'];
  const level = commandForm(view, 'level', w('actions.changeLevel'), [
    formField(levelErrors, 'level', 'level', w('actions.newLevel'), choice(CRISIS_LEVELS.filter((l) => l[0] !== a.level), '', w('actions.chooseLevel'))),
    formField(levelErrors, 'level', 'reason', w('actions.levelReason'), textArea('', 2)),
  ], (form) => view.submit('level', form, 'POST', '/level',
    { level: formValue(form, 'level') || undefined, reason: formValue(form, 'reason').trim(), expectedRevision: a.revision }, w('actions.levelChanged')));
  const standDown = commandForm(view, 'stand-down', w('actions.standDown'), [
    formField(standErrors, 'stand-down', 'reason', w('actions.standDownReason'), textArea('', 2)),
  ], (form) => view.submit('stand-down', form, 'POST', '/stand-down', { reason: formValue(form, 'reason').trim(), expectedRevision: a.revision }, w('actions.stoodDown')));
  return [
    h('details', { 'data-key': 'level' }, h('summary', {}, w('actions.raiseOrLower')), level),
    h('details', { 'data-key': 'stand-down' }, h('summary', {}, w('actions.standDownSummary')), standDown),
  ];
}
`;
