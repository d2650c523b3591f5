import type { enCrisisTimeline } from './en.crisis-timeline';

/** En kriseaktiverings egen tidslinje, slik beredskapet i Kriminalomsorgen skriver den. */
export const nbCrisisTimeline: Record<keyof typeof enCrisisTimeline, string> = {
  'crisis-timeline.started': '{exercise, select, yes {Øvelsesaktivering} other {Kriseaktivering}} av planen «{plan}» (versjon {version}) på {level} nivå',
  'crisis-timeline.role-filled': 'Rollen som {role} besatt av {holder}',
  'crisis-timeline.role-handed-over': 'Rollen som {role} overlevert fra {from} til {to}',
  'crisis-timeline.level-changed': 'Nivå {direction, select, raised {hevet} lowered {senket} other {endret}} fra {from} til {to}',
  'crisis-timeline.entry-logged': '{kind, select, decision {Beslutning} other {Kommunikasjon}} {entry} loggført',
  'crisis-timeline.entry-correcting': '{kind, select, decision {Beslutning} other {Kommunikasjon}} {entry} loggført, retter {corrects}',
  'crisis-timeline.stood-down': 'Avblåst',
  'crisis-timeline.reopened': 'Gjenåpnet',
  'crisis-timeline.evaluation': 'Evaluering registrert med {points, plural, one {# punkt} other {# punkter}} ({worked} virket, {notWorked} virket ikke)',
};
