/**
 * Two demo activations: a real fire at Renbæk, stood down, with its logs and evaluation; and an
 * IT-outage exercise at Østjylland still running. Minutes count from each activation's start.
 */
/** A log entry names itself (and what it corrects) by a demo key; its ids derive from the key. */
interface DemoEntry {
  entry: string;
  corrects?: string;
  correctionReason?: string;
}

type DemoCommand =
  | { command: 'activate'; fields: { planId: string; scope: { kind: string; area?: string; institution?: string }; exercise: boolean; reason: string } }
  | { command: 'fill-role'; fields: { role: string; holder: string } }
  | { command: 'change-level'; fields: { level: string; reason: string } }
  | {
      command: 'decision';
      fields: DemoEntry & {
        decision: string;
        rationale: string;
        legalBasis: string;
        alternativesConsidered: string[];
        decidedBy: string;
        decidedAtMinutes: number;
      };
    }
  | {
      command: 'communication';
      fields: DemoEntry & { audience: string; channel: string; summary: string; released: boolean; communicatedBy: string; communicatedAtMinutes: number };
    }
  | { command: 'stand-down'; fields: { reason: string } }
  | { command: 'evaluation'; fields: { summary: string; points: object[] } };

export type DemoStep = { minutes: number; actor: string } & DemoCommand;

export interface DemoActivation {
  key: string;
  startedMinutesAgo: number;
  steps: DemoStep[];
}

const LEAD = 'ST-4H7N2K';
const LOGGER = 'ST-8C3V6W';
const COMMS = 'ST-5R9D1P';

export const DEMO_ACTIVATIONS: DemoActivation[] = [
  {
    key: 'renbaek-fire',
    startedMinutesAgo: 9 * 24 * 60,
    steps: [
      {
        minutes: 0,
        actor: LEAD,
        command: 'activate',
        fields: {
          planId: 'fire',
          scope: { kind: 'institution', area: 'syddanmark', institution: 'renbaek' },
          exercise: false,
          reason: 'Brand i værkstedsbygningen; røg trækker mod afdeling C.',
        },
      },
      { minutes: 2, actor: LEAD, command: 'fill-role', fields: { role: 'crisis-lead', holder: LEAD } },
      { minutes: 3, actor: LEAD, command: 'fill-role', fields: { role: 'log-keeper', holder: LOGGER } },
      {
        minutes: 5,
        actor: LOGGER,
        command: 'decision',
        fields: {
          entry: 'evacuate',
          decision: 'Afdeling C evakueres til gårdarealet.',
          rationale: 'Røg i gangene; liv og helbred først.',
          legalBasis: 'Straffuldbyrdelsesloven § 64 og bekendtgørelse om beredskab',
          alternativesConsidered: ['Indeslutning på cellerne med lukkede døre'],
          decidedBy: LEAD,
          decidedAtMinutes: 4,
        },
      },
      { minutes: 6, actor: LEAD, command: 'fill-role', fields: { role: 'communications', holder: COMMS } },
      { minutes: 12, actor: LEAD, command: 'change-level', fields: { level: 'tactical', reason: 'Branden breder sig; beredskabet indsat.' } },
      {
        minutes: 20,
        actor: LOGGER,
        command: 'communication',
        fields: {
          entry: 'staff-sms',
          audience: 'staff',
          channel: 'sms',
          summary: 'Alle ansatte i afdeling C er evakueret og talt op.',
          released: false,
          communicatedBy: COMMS,
          communicatedAtMinutes: 18,
        },
      },
      {
        minutes: 25,
        actor: LOGGER,
        command: 'decision',
        fields: {
          entry: 'evacuate-fix',
          decision: 'Afdeling C evakueres til gårdarealet.',
          rationale: 'Røg i gangene; liv og helbred først.',
          legalBasis: 'Straffuldbyrdelsesloven § 64',
          alternativesConsidered: ['Indeslutning på cellerne med lukkede døre'],
          decidedBy: LEAD,
          decidedAtMinutes: 4,
          corrects: 'evacuate',
          correctionReason: 'Hjemlen var angivet for bredt.',
        },
      },
      {
        minutes: 40,
        actor: LOGGER,
        command: 'communication',
        fields: {
          entry: 'police',
          audience: 'police',
          channel: 'phone',
          summary: 'Politiet orienteret; ingen undvigelser under evakueringen.',
          released: true,
          communicatedBy: LEAD,
          communicatedAtMinutes: 38,
        },
      },
      {
        minutes: 75,
        actor: LOGGER,
        command: 'communication',
        fields: {
          entry: 'relatives',
          audience: 'relatives',
          channel: 'phone',
          summary: 'Pårørende til to røgpåvirkede ansatte orienteret.',
          released: true,
          communicatedBy: COMMS,
          communicatedAtMinutes: 70,
        },
      },
      { minutes: 120, actor: LEAD, command: 'stand-down', fields: { reason: 'Branden slukket; afdeling C genhuset i afdeling A.' } },
      {
        minutes: 3 * 24 * 60,
        actor: LEAD,
        command: 'evaluation',
        fields: {
          summary: 'Evakueringen lykkedes uden skader på indsatte; radiodækningen svigtede i værkstedet.',
          points: [
            { kind: 'worked', riskClass: 'organisational', description: 'Krisestaben var samlet og rollerne fordelt inden for 6 minutter.' },
            {
              kind: 'did-not-work',
              riskClass: 'static-technological',
              description: 'Ingen radiodækning i værkstedsbygningen.',
              followUps: [{ action: 'Repeater monteres i værkstedsbygningen', owner: 'ST-2J6F8Q', dueBy: '2026-09-01' }],
            },
            {
              kind: 'did-not-work',
              riskClass: 'dynamic-human',
              description: 'Nyansatte kendte ikke samlingspunktet.',
              followUps: [{ action: 'Evakueringsøvelse for nyansatte hvert kvartal' }],
            },
          ],
        },
      },
    ],
  },
  {
    key: 'oestjylland-it-exercise',
    startedMinutesAgo: 50,
    steps: [
      {
        minutes: 0,
        actor: LEAD,
        command: 'activate',
        fields: {
          planId: 'it-outage',
          scope: { kind: 'institution', area: 'midt-nord', institution: 'oestjylland' },
          exercise: true,
          reason: 'Øvelse: bortfald af klientsystem og telefoni.',
        },
      },
      { minutes: 1, actor: LEAD, command: 'fill-role', fields: { role: 'crisis-lead', holder: LEAD } },
      { minutes: 2, actor: LEAD, command: 'fill-role', fields: { role: 'log-keeper', holder: LOGGER } },
      {
        minutes: 10,
        actor: LOGGER,
        command: 'decision',
        fields: {
          entry: 'paper',
          decision: 'Optælling og låsning føres på papir.',
          rationale: 'Klientsystemet er (i øvelsen) nede.',
          legalBasis: 'Intern instruks om nødprocedurer',
          alternativesConsidered: ['Vente på genetablering'],
          decidedBy: LEAD,
          decidedAtMinutes: 9,
        },
      },
      {
        minutes: 15,
        actor: LOGGER,
        command: 'communication',
        fields: {
          entry: 'staff',
          audience: 'staff',
          channel: 'radio',
          summary: 'Øvelse: alle afdelinger går over til nødprocedurer.',
          released: false,
          communicatedBy: LEAD,
          communicatedAtMinutes: 14,
        },
      },
    ],
  },
];
