import type { enCrisisTimeline } from './en.crisis-timeline';

/** En kriseaktiverings egen tidslinje, som beredskabet i Kriminalforsorgen skriver den. */
export const daCrisisTimeline: Record<keyof typeof enCrisisTimeline, string> = {
  'crisis-timeline.started': '{exercise, select, yes {Øvelsesaktivering} other {Kriseaktivering}} af planen »{plan}« (version {version}) på {level} niveau',
  'crisis-timeline.role-filled': 'Rollen som {role} besat af {holder}',
  'crisis-timeline.role-handed-over': 'Rollen som {role} overdraget fra {from} til {to}',
  'crisis-timeline.level-changed': 'Niveau {direction, select, raised {hævet} lowered {sænket} other {ændret}} fra {from} til {to}',
  'crisis-timeline.entry-logged': '{kind, select, decision {Beslutning} other {Kommunikation}} {entry} logført',
  'crisis-timeline.entry-correcting': '{kind, select, decision {Beslutning} other {Kommunikation}} {entry} logført, retter {corrects}',
  'crisis-timeline.stood-down': 'Afblæst',
  'crisis-timeline.reopened': 'Genåbnet',
  'crisis-timeline.evaluation': 'Evaluering registreret med {points, plural, one {# punkt} other {# punkter}} ({worked} virkede, {notWorked} virkede ikke)',
};
