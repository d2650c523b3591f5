import { RuleSet } from '../domain/rule-set';

const MIN = 60_000;
const DAY = 24 * 60;

/** One command in a demo case, `minutes` after the placement started. */
export interface DemoStep {
  minutes: number;
  command: 'start' | 'note' | 'call-doctor' | 'doctor-arrival' | 'end' | 'follow-up' | 'management-review' | 'legal-review';
  actor: string;
  fields: Record<string, unknown>;
}

export interface DemoCase {
  key: string;
  /** How long before the demo's "now" the placement started. */
  startedMinutesAgo: number;
  steps: DemoStep[];
}

const GUARD = 'ST-4P8W2K';
const SHIFT_LEAD = 'ST-7N3D5H';
const WARDEN = 'ST-9X1L5V';
const LAWYER = 'ST-JUR7Q2';

const start = (institution: string, restrained: boolean, legalBasis: string, category: string, text: string, inmateRef: string): DemoStep => ({
  minutes: 0,
  command: 'start',
  actor: SHIFT_LEAD,
  fields: {
    measure: 'security-cell',
    restrained,
    inmateRef,
    institution,
    legalBasis,
    reason: { category, text },
    alternatives: [
      { measure: 'dialogue', outcome: 'tried-insufficient', note: 'Forsøgt samtale med den indsatte; ingen effekt.' },
      { measure: 'observation-cell', outcome: 'considered-insufficient', note: 'Observationscelle overvejet; utilstrækkelig pga. akut fare.' },
    ],
    decidedBy: SHIFT_LEAD,
    authorisedBy: WARDEN,
  },
});
const notes = (...minutes: number[]): DemoStep[] =>
  minutes.map((m) => ({
    minutes: m,
    command: 'note',
    actor: GUARD,
    fields: { note: m % 30 === 0 ? 'Ligger roligt; svarer på tiltale.' : 'Urolig; råber, men ingen selvskade.' },
  }));
const doctor = (called: number, arrived?: number): DemoStep[] => [
  { minutes: called, command: 'call-doctor', actor: SHIFT_LEAD, fields: { reason: 'restraint' } },
  ...(arrived ? [{ minutes: arrived, command: 'doctor-arrival' as const, actor: SHIFT_LEAD, fields: { assessment: 'examined' } }] : []),
];
const end = (m: number): DemoStep => ({
  minutes: m,
  command: 'end',
  actor: SHIFT_LEAD,
  fields: { reason: { category: 'no-longer-necessary', text: 'Indsat faldet til ro; anbringelsen ikke længere nødvendig.' } },
});
const followUp = (m: number, participated = true): DemoStep => ({
  minutes: m,
  command: 'follow-up',
  actor: GUARD,
  fields: {
    heldBy: GUARD,
    inmateParticipated: participated,
    summary: participated ? 'Forløbet og alternativerne gennemgået med den indsatte.' : 'Den indsatte ønskede ikke at deltage.',
  },
});
const review = (m: number, conclusion = 'justified', remarks?: string): DemoStep => ({
  minutes: m,
  command: 'management-review',
  actor: WARDEN,
  fields: { reviewedBy: WARDEN, conclusion, ...(remarks ? { remarks } : {}) },
});
const legal = (m: number): DemoStep => ({ minutes: m, command: 'legal-review', actor: LAWYER, fields: { reviewedBy: LAWYER, conclusion: 'lawful' } });
const every = (step: number, until: number) => Array.from({ length: Math.floor(until / step) }, (_, i) => (i + 1) * step);

/** Six cases: all kept, several breaches, some not yet due, and one still ongoing that breaches minutes after start-up. */
export const DEMO_CASES: DemoCase[] = [
  {
    key: 'all-kept',
    startedMinutesAgo: 12 * DAY,
    steps: [
      start('nyborg', true, 'dk-strfl-66-1-1', 'violent-resistance', 'Voldsom modstand mod personalet ved cellevisitation.', 'IN-7Q4K2M'),
      ...doctor(20, 45),
      ...notes(...every(15, 150)),
      end(150),
      followUp(150 + DAY),
      review(150 + 3 * DAY),
      legal(150 + 8 * DAY),
    ],
  },
  {
    key: 'many-breaches',
    startedMinutesAgo: 20 * DAY,
    steps: [
      start('oestjylland', true, 'dk-strfl-66-1-1', 'threatening-violence', 'Truede med at slå betjent; kastede inventar.', 'IN-3H8T5W'),
      ...notes(15, 30, 70, 85, 100),
      ...doctor(95, 130),
      end(110),
      followUp(110 + 5 * DAY),
      legal(110 + 15 * DAY),
    ],
  },
  {
    key: 'not-yet-due',
    startedMinutesAgo: 2 * DAY,
    steps: [
      start('koebenhavns-faengsler', false, 'dk-strfl-66-1-2', 'self-harm', 'Forsøgte at skade sig selv med glasskår.', 'IN-9B2R6D'),
      ...notes(...every(10, 60)),
      end(60),
    ],
  },
  {
    key: 'late-review',
    startedMinutesAgo: 45 * DAY,
    steps: [
      start('storstroem', true, 'dk-strfl-66-1-1', 'violent-resistance', 'Modsatte sig overførsel med vold.', 'IN-5L1V8N'),
      ...doctor(30, 50),
      ...notes(...every(15, 90)),
      end(90),
      followUp(90 + 2 * DAY),
      review(90 + 10 * DAY, 'justified-with-remarks', 'Notaterne bør beskrive adfærd mere konkret.'),
    ],
  },
  {
    key: 'ongoing',
    startedMinutesAgo: 40,
    steps: [
      start('arresthuset-odense', true, 'dk-strfl-66-1-1', 'threatening-violence', 'Truende adfærd over for personale i venterum.', 'IN-2C7X4P'),
      ...doctor(15),
      ...notes(10, 20, 30),
    ],
  },
  {
    key: 'declined-conversation',
    startedMinutesAgo: 5 * DAY,
    steps: [
      start('renbaek', false, 'dk-strfl-66-1-2', 'suicide-risk', 'Udtrykte konkrete selvmordstanker og afviste tilsyn.', 'IN-8F5J3S'),
      ...notes(...every(15, 120)),
      end(120),
      followUp(120 + DAY, false),
      review(120 + 2 * DAY),
    ],
  },
];

/** A second version for side-by-side comparison: a draft local instruction (004_…: "nye instrukser"), not law. */
export function demoRuleSetV2(end: Date): RuleSet & { reason: string } {
  const source = 'demo: draft local instruction (udarbejdelse af nye instrukser)';
  return {
    version: 2,
    effectiveFrom: new Date(end.getTime() + 30 * DAY * MIN).toISOString(),
    title: 'Demo: skærpet lokal instruks (v2)',
    reason: 'Demo: a stricter draft instruction, to compare with v1',
    rules: [
      { id: 'observation-notes', kind: 'max-gap-between-notes', maxGapMinutes: 15, description: 'A note at least every 15 minutes', source },
      {
        id: 'doctor-called',
        kind: 'deadline',
        fact: 'doctor-called',
        anchor: 'start',
        withinMinutes: 60,
        appliesTo: 'all',
        description: 'A doctor called within 60 minutes of every placement',
        source,
      },
      {
        id: 'doctor-arrived',
        kind: 'deadline',
        fact: 'doctor-arrived',
        anchor: 'start',
        withinMinutes: 120,
        appliesTo: 'all',
        description: 'The doctor present within 2 hours',
        source,
      },
      {
        id: 'follow-up-conversation',
        kind: 'deadline',
        fact: 'follow-up-conversation',
        anchor: 'end',
        withinMinutes: 2 * DAY,
        appliesTo: 'all',
        description: 'Follow-up conversation within 2 days',
        source,
      },
      {
        id: 'management-review',
        kind: 'deadline',
        fact: 'management-review',
        anchor: 'end',
        withinMinutes: 5 * DAY,
        appliesTo: 'all',
        description: 'Management review within 5 days',
        source,
      },
      {
        id: 'legal-review',
        kind: 'deadline',
        fact: 'legal-review',
        anchor: 'end',
        withinMinutes: 30 * DAY,
        appliesTo: 'all',
        description: 'Legal review within 30 days',
        source,
      },
    ],
  };
}
