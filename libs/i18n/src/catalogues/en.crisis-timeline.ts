/**
 * A crisis activation's own timeline (GET /crisis-activations/{id}/timeline), one line per event: the plan by its title,
 * roles and levels as the `code.crisis-*` words say them, log entries by their labels (D1, C1). English defines the keys.
 */
export const enCrisisTimeline = {
  'crisis-timeline.started': '{exercise, select, yes {Exercise} other {Crisis}} activation of the plan "{plan}" (version {version}) at {level} level',
  'crisis-timeline.role-filled': 'Role of {role} filled by {holder}',
  'crisis-timeline.role-handed-over': 'Role of {role} handed over from {from} to {to}',
  'crisis-timeline.level-changed': 'Level {direction, select, raised {raised} lowered {lowered} other {changed}} from {from} to {to}',
  'crisis-timeline.entry-logged': '{kind, select, decision {Decision} other {Communication}} {entry} logged',
  'crisis-timeline.entry-correcting': '{kind, select, decision {Decision} other {Communication}} {entry} logged, correcting {corrects}',
  'crisis-timeline.stood-down': 'Stood down',
  'crisis-timeline.reopened': 'Reopened',
  'crisis-timeline.evaluation': 'Evaluation recorded with {points, plural, one {# point} other {# points}} ({worked} worked, {notWorked} did not)',
} as const;
