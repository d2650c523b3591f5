import { INSTITUTIONS } from '@vigil/organisation';
import { AREA_SLUGS } from '../catalogue/areas';
import { DemoRandom } from './demo-random';

const DAY = 86_400_000;

/** A reported incident and what happened to it afterwards, each step with its recording time. */
export interface DemoStep {
  at: Date;
  actor: string;
  command: string;
  fields: Record<string, unknown>;
}

const DESCRIPTIONS: Record<string, string[]> = {
  violence: [
    'Indsat slog ud efter betjent under visitation; betjent ramt på armen.',
    'Slagsmål mellem to indsatte i gårdtur; personale skilte dem ad.',
    'Betjent skubbet ind i dørkarm ved celleluk.',
  ],
  threat: [
    'Indsat fremsatte trusler om at opsøge betjentens familie.',
    'Trussel mod personale over telefon fra pårørende.',
    'Verbale trusler under udlevering af medicin.',
  ],
  harassment: [
    'Ansat genkendt og chikaneret i supermarked uden for tjenesten.',
    'Gentagne opkald til ansats private nummer.',
    'Chikane på sociale medier rettet mod medarbejder.',
  ],
  'psychological-violence': ['Vedvarende nedværdigende tilråb mod personale på afdelingen.', 'Systematisk intimidering af medindsat.'],
  'near-miss': ['Genstand kastet mod betjent, ramte ikke.', 'Indsat forsøgte at skjule barberblad ved visitation.'],
  deviation: ['Celledør fundet ulåst ved runderingen.', 'Alarmknap i besøgsrum virkede ikke ved test.'],
  'self-harm': ['Indsat fundet med selvpåførte snitsår; tilset af sygeplejerske.', 'Forsøg på selvskade under anbringelse i observationscelle.'],
};

const STAFF = Array.from({ length: 60 }, (_, i) => `ST-${(100000 + i * 7919).toString(36).toUpperCase().slice(-6)}`);

/** About 900 incidents over the year before `end`, weighted like the published figures (001_…). */
export function demoYear(end: Date, seed = 2015): DemoStep[][] {
  const random = new DemoRandom(seed);
  const incidents: DemoStep[][] = [];
  for (let i = 0; i < 900; i++) {
    const kind = random.weighted([
      ['violence', 30],
      ['threat', 30],
      ['harassment', 10],
      ['psychological-violence', 5],
      ['near-miss', 12],
      ['deviation', 8],
      ['self-harm', 5],
    ] as const);
    const offDuty = (kind === 'harassment' || kind === 'threat') && random.chance(0.35);
    const target = offDuty
      ? random.weighted([
          ['staff-off-duty', 8],
          ['staff-family', 2],
        ] as const)
      : kind === 'self-harm'
        ? 'inmate'
        : random.weighted([
            ['staff-on-duty', 5],
            ['inmate', 4],
            ['client', 1],
            ['visitor', 0.3],
          ] as const);
    const institution = random.pick(INSTITUTIONS);
    const area = offDuty ? random.pick(AREA_SLUGS) : institution.area;
    const occurredAt = new Date(end.getTime() - random.next() * 365 * DAY);
    // Most are recorded the same day; some weeks later (late registrations are normal).
    const delay =
      random.weighted([
        [0.1, 70],
        [2, 20],
        [20, 8],
        [90, 2],
      ] as const) *
      DAY *
      (0.5 + random.next());
    const reportedAt = new Date(Math.min(end.getTime() - 60_000, occurredAt.getTime() + delay + 3_600_000));
    const reporter = random.pick(STAFF);
    const targetRef = target === 'inmate' ? random.ref('IN') : target === 'client' ? random.ref('KL') : random.ref('ST');
    const report: DemoStep = {
      at: reportedAt,
      actor: reporter,
      command: 'report',
      fields: {
        incidentId: random.uuid(),
        kind,
        target,
        perpetrator:
          target === 'staff-off-duty' || target === 'staff-family'
            ? random.weighted([
                ['relative', 2],
                ['unknown', 3],
                ['client', 2],
                ['inmate', 1],
              ] as const)
            : random.weighted([
                ['inmate', 8],
                ['client', 1],
                ['relative', 0.5],
                ['unknown', 0.5],
              ] as const),
        location: offDuty
          ? { type: 'off-duty', area }
          : { type: 'institution', area, institution: institution.slug, unit: `afdeling-${random.pick(['a', 'b', 'c', 'd'])}` },
        severity: random.weighted([
          ['minor', 50],
          ['moderate', 30],
          ['serious', 15],
          ['critical', 5],
        ] as const),
        injuries: {
          physical:
            kind === 'violence'
              ? random.weighted([
                  ['none', 4],
                  ['minor', 4],
                  ['treated', 2],
                  ['hospitalised', 0.5],
                ] as const)
              : 'none',
          psychological: random.chance(0.3),
        },
        occurredAt: occurredAt.toISOString(),
        description: random.pick(DESCRIPTIONS[kind]),
        involved: [
          { ref: targetRef, role: 'target' },
          { ref: reporter, role: 'reporter' },
        ],
      },
    };
    incidents.push([report, ...followUps(random, report, end)]);
  }
  return incidents;
}

function followUps(random: DemoRandom, report: DemoStep, end: Date): DemoStep[] {
  const steps: DemoStep[] = [];
  let at = report.at.getTime();
  const later = (maxDays: number) => (at = Math.min(end.getTime() - 1000, at + random.next() * maxDays * DAY + 60_000));
  const actor = random.pick(STAFF);
  const kind = report.fields.kind as string;
  if (random.chance(0.08)) {
    const severity = report.fields.severity === 'serious' ? 'critical' : 'serious'; // a correction must change something
    steps.push({
      at: new Date(later(5)),
      actor,
      command: 'correct',
      fields: { corrections: { severity }, reason: 'Skadens omfang viste sig større ved lægeundersøgelsen.' },
    });
  }
  if (kind === 'threat' && random.chance(0.1))
    steps.push({
      at: new Date(later(10)),
      actor,
      command: 'reclassify',
      fields: { kind: 'harassment', reason: 'Gennemgang i sikkerhedsudvalget: gentagne henvendelser, ikke en konkret trussel.' },
    });
  if ((kind === 'violence' || kind === 'threat') && random.chance(0.45)) {
    steps.push({
      at: new Date(later(3)),
      actor,
      command: 'police',
      fields: {
        reportedAt: new Date(at).toISOString(),
        policeDistrict: random.pick(['Københavns Politi', 'Fyns Politi', 'Østjyllands Politi', 'Midt- og Vestsjællands Politi', 'Nordjyllands Politi']),
      },
    });
  }
  if (random.chance(0.02)) {
    steps.push({
      at: new Date(later(2)),
      actor,
      command: 'not-reportable',
      fields: { reason: 'Registreret ved en fejl: ikke en hændelse efter definitionen.' },
    });
    return steps;
  }
  if (at < end.getTime() - 20 * DAY && random.chance(0.8)) {
    steps.push({
      at: new Date(later(30)),
      actor,
      command: 'close',
      fields: { outcome: random.pick(['Opfølgende samtale gennemført.', 'Sag afsluttet efter politianmeldelse.', 'Håndteret lokalt; ingen videre tiltag.']) },
    });
    if (random.chance(0.03)) steps.push({ at: new Date(later(60)), actor, command: 'reopen', fields: { reason: 'Nye oplysninger fra politiet.' } });
  }
  return steps;
}
