import { Institution } from '@vigil/organisation';
import { Area, IncidentKind, TargetGroup } from '../domain/incident.vocabulary';
import { DemoRandom } from './demo-random';

export type Weighted<T> = readonly (readonly [T, number])[];

/**
 * A stream of episodes: how many occur per area in the first demo year, how that changes a year
 * (0.04 = +4 %), and what they are. Counts are of the facts as finally recorded; what the first
 * report said may differ (see `initialFacts`), and duplicates and not-reportable ones come on top.
 */
export interface EpisodeStream {
  readonly name: string;
  readonly perArea: Partial<Record<Area, number>>;
  readonly trend?: Partial<Record<Area, number>>;
  /** Yearly noise on streams without a trend (0.06 = ±3 %). */
  readonly jitter?: number;
  readonly kinds: Weighted<IncidentKind>;
  readonly target: (kind: IncidentKind, random: DemoRandom) => TargetGroup;
  readonly places: Weighted<Institution['type']>;
}

/**
 * Violence, threats and harassment against staff fall about 4-5 % a year in Hovedstaden and
 * Syddanmark (a -3 %/year target met) and rise 3-4 % in Sjælland and Midt- og Nordjylland (missed).
 */
export const STREAMS: readonly EpisodeStream[] = [
  {
    name: 'staff',
    perArea: { hovedstaden: 105, sjaelland: 80, syddanmark: 95, 'midt-nord': 85 },
    trend: { hovedstaden: -0.05, sjaelland: 0.03, syddanmark: -0.04, 'midt-nord': 0.04 },
    kinds: [
      ['violence', 40],
      ['threat', 40],
      ['harassment', 20],
    ],
    target: (kind, random) => (kind !== 'violence' && random.chance(kind === 'harassment' ? 0.55 : 0.25) ? 'staff-off-duty' : 'staff-on-duty'),
    places: [
      ['prison', 5],
      ['local-jail', 3],
      ['halfway-house', 0.5],
      ['probation-office', 1],
    ],
  },
  {
    name: 'inmate',
    perArea: { hovedstaden: 75, sjaelland: 65, syddanmark: 70, 'midt-nord': 75 },
    trend: { hovedstaden: 0.01, sjaelland: -0.02, syddanmark: 0.02, 'midt-nord': -0.01 },
    kinds: [
      ['violence', 55],
      ['threat', 30],
      ['harassment', 15],
    ],
    target: () => 'inmate',
    places: [
      ['prison', 5],
      ['local-jail', 3],
      ['halfway-house', 0.3],
    ],
  },
  {
    name: 'inmate-other',
    perArea: { hovedstaden: 12, sjaelland: 10, syddanmark: 11, 'midt-nord': 12 },
    jitter: 0.1,
    kinds: [
      ['self-harm', 35],
      ['psychological-violence', 10],
    ],
    target: () => 'inmate',
    places: [
      ['prison', 4],
      ['local-jail', 4],
    ],
  },
  {
    name: 'staff-psychological',
    perArea: { hovedstaden: 7, sjaelland: 5, syddanmark: 6, 'midt-nord': 6 },
    jitter: 0.1,
    kinds: [['psychological-violence', 1]],
    target: () => 'staff-on-duty',
    places: [
      ['prison', 5],
      ['local-jail', 3],
    ],
  },
  {
    name: 'near-miss',
    perArea: { hovedstaden: 21, sjaelland: 18, syddanmark: 20, 'midt-nord': 21 },
    jitter: 0.08,
    kinds: [['near-miss', 1]],
    target: (_, random) =>
      random.weighted([
        ['staff-on-duty', 7],
        ['inmate', 2],
        ['visitor', 0.5],
      ] as const),
    places: [
      ['prison', 5],
      ['local-jail', 3],
    ],
  },
  {
    name: 'deviation',
    perArea: { hovedstaden: 15, sjaelland: 13, syddanmark: 14, 'midt-nord': 14 },
    jitter: 0.08,
    kinds: [['deviation', 1]],
    target: (_, random) =>
      random.weighted([
        ['staff-on-duty', 6],
        ['inmate', 1],
        ['visitor', 1],
      ] as const),
    places: [
      ['prison', 5],
      ['local-jail', 3],
      ['halfway-house', 0.5],
    ],
  },
  {
    name: 'client',
    perArea: { hovedstaden: 8, 'midt-nord': 8 },
    jitter: 0.2,
    kinds: [
      ['violence', 30],
      ['threat', 50],
      ['harassment', 20],
    ],
    target: () => 'client',
    places: [
      ['probation-office', 3],
      ['halfway-house', 1],
    ],
  },
  {
    name: 'staff-family',
    perArea: { hovedstaden: 3, sjaelland: 3, syddanmark: 3, 'midt-nord': 3 },
    jitter: 0.3,
    kinds: [
      ['threat', 60],
      ['harassment', 40],
    ],
    target: () => 'staff-family',
    places: [['prison', 1]],
  },
  {
    name: 'visitor',
    perArea: { hovedstaden: 2, sjaelland: 1, syddanmark: 1.5, 'midt-nord': 1.5 },
    jitter: 0.3,
    kinds: [
      ['violence', 40],
      ['threat', 60],
    ],
    target: () => 'visitor',
    places: [
      ['prison', 3],
      ['local-jail', 2],
    ],
  },
];

/** The employees who report and handle incidents (the actors). */
export const STAFF = Array.from({ length: 60 }, (_, i) => `ST-${(100000 + i * 7919).toString(36).toUpperCase().slice(-6)}`);

/** The Danish police districts by area (the demo is a Danish service's years). */
export const POLICE_DISTRICTS: Partial<Record<Area, string[]>> = {
  hovedstaden: ['Københavns Politi', 'Nordsjællands Politi', 'Københavns Vestegns Politi'],
  sjaelland: ['Midt- og Vestsjællands Politi', 'Sydsjællands og Lolland-Falsters Politi'],
  syddanmark: ['Fyns Politi', 'Syd- og Sønderjyllands Politi', 'Sydøstjyllands Politi'],
  'midt-nord': ['Østjyllands Politi', 'Nordjyllands Politi', 'Midt- og Vestjyllands Politi'],
};

export const OUTCOMES = [
  'Opfølgende samtale gennemført.',
  'Sag afsluttet efter politianmeldelse.',
  'Håndteret lokalt; ingen videre tiltag.',
  'Overflyttet til anden afdeling.',
];

export const NOT_REPORTABLE = [
  'Registreret ved en fejl: ikke en hændelse efter definitionen.',
  'Hændelsen vedrører ikke Kriminalforsorgens personale eller indsatte.',
  'Testregistrering under oplæring.',
];

/** Descriptions of the demo incidents, by `kind/target` (staff = staff on duty) or by kind alone. */
export const DESCRIPTIONS: Readonly<Record<string, string[]>> = {
  'violence/staff': [
    'Indsat slog ud efter betjent under visitation; betjent ramt på armen.',
    'Betjent skubbet ind i dørkarm ved celleluk.',
    'Indsat spyttede betjent i ansigtet under fremstilling.',
    'Betjent sparket under anbringelse i observationscelle.',
  ],
  'threat/staff': [
    'Indsat fremsatte trusler om at opsøge betjentens familie.',
    'Verbale trusler under udlevering af medicin.',
    'Trusler mod afdelingens personale efter afslag på udgang.',
  ],
  'harassment/staff': ['Gentagne nedsættende tilråb mod medarbejder på afdelingen.', 'Indsat filmede medarbejder og truede med at lægge optagelsen ud.'],
  'threat/staff-off-duty': ['Trussel mod personale over telefon fra pårørende.', 'Ansat opsøgt ved bopælen af tidligere indsat.'],
  'harassment/staff-off-duty': [
    'Ansat genkendt og chikaneret i supermarked uden for tjenesten.',
    'Gentagne opkald til ansats private nummer.',
    'Chikane på sociale medier rettet mod medarbejder.',
  ],
  'threat/staff-family': ['Ansats ægtefælle modtog trusler via sociale medier.', 'Trusler mod ansats familie fremsat over for naboer.'],
  'harassment/staff-family': ['Ansats barn kontaktet af tidligere indsat ved skolen.', 'Ansats familie chikaneret med gentagne henvendelser.'],
  'violence/inmate': [
    'Slagsmål mellem indsatte i gårdtur; personale skilte dem ad.',
    'Indsat overfaldet i køkkenet af medindsatte.',
    'Indsat slået med genstand på fællesarealet.',
  ],
  'threat/inmate': ['Indsat truet af medindsat om gæld.', 'Trusler mellem indsatte under fritidsaktivitet.'],
  'harassment/inmate': ['Gentagen chikane af indsat på grund af sagens karakter.', 'Indsat presset til at udlevere kantinevarer.'],
  'psychological-violence/inmate': ['Systematisk intimidering af medindsat.', 'Indsat holdt udenfor og ydmyget af medindsatte over længere tid.'],
  'violence/client': ['Klient slog ud efter medklient i venteværelset.', 'Håndgemæng mellem beboere på pensionen.'],
  'threat/client': ['Klient truede medklient under gruppeforløb.', 'Beboer truet af anden beboer på pensionen.'],
  'harassment/client': ['Klient chikaneret af anden klient på pensionen.'],
  'violence/visitor': ['Besøgende skubbet af medindsat under besøg.'],
  'threat/visitor': ['Besøgende truet af medindsat i besøgsafdelingen.'],
  'psychological-violence': ['Vedvarende nedværdigende tilråb mod personale på afdelingen.', 'Systematisk intimidering af personale ved runderingen.'],
  'near-miss': [
    'Genstand kastet mod betjent, ramte ikke.',
    'Indsat forsøgte at skjule barberblad ved visitation.',
    'Service fundet ved visitation af fællesrum.',
  ],
  deviation: ['Celledør fundet ulåst ved runderingen.', 'Alarmknap i besøgsrum virkede ikke ved test.', 'Nøgle ikke afleveret ved vagtskifte.'],
  'self-harm': ['Indsat fundet med selvpåførte snitsår; tilset af sygeplejerske.', 'Forsøg på selvskade under anbringelse i observationscelle.'],
  violence: ['Voldelig episode på afdelingen; personale greb ind.'],
  threat: ['Trussel fremsat under ophold på afdelingen.'],
  harassment: ['Gentagen chikane rettet mod den involverede.'],
};
