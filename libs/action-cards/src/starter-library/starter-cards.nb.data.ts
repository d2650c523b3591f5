import { StarterCard } from './starter-cards.data';

/**
 * The starter library for the Norwegian service (Kriminalomsorgen), in Bokmål: the same situations, steps and roles as
 * the Danish cards, in Norwegian words and under Norwegian law (straffegjennomføringsloven § 38 for security cells). Ids
 * start `no-` so both libraries live side by side in an installation that serves both countries. Loaded like the Danish
 * library (idempotently; a changed card is published as its next version at the next start).
 */
type Opts = { mandatory?: boolean; noteRequired?: boolean; prerequisites?: string[] };
const step = (id: string, title: string, responsibleRole: string, deadline: string, instructions: string, opts: Opts = {}) => ({
  id,
  title,
  responsibleRole,
  deadline,
  instructions,
  ...opts,
});

const SCENARIO_TITLES: Record<string, string> = {
  riot: 'Uro og mytteri',
  'hostage-taking': 'Gisseltaking',
  escape: 'Rømning',
  fire: 'Brann og evakuering',
  pandemic: 'Pandemi',
  'it-outage': 'Bortfall av IKT',
};

/** The readiness card for a crisis scenario: activate, log decisions and communication (notoritet), stand down, learn (003_…). */
function crisisCard(scenario: string): StarterCard {
  const first: Record<string, ReturnType<typeof step>> = {
    riot: step('secure-staff', 'Sikre de ansatte', 'duty-officer', 'PT10M', 'Trekk de ansatte i sikkerhet og steng av området.'),
    'hostage-taking': step(
      'secure-staff',
      'Sperr av og varsle politiet',
      'duty-officer',
      'PT10M',
      'Sperr av området, varsle politiet, og la ingen forhandle uten politiets mandat.',
    ),
    escape: step('secure-staff', 'Varsle politiet', 'duty-officer', 'PT10M', 'Varsle politiet med signalement og tidspunkt, og tell opp de innsatte.'),
    fire: step('secure-staff', 'Evakuer', 'duty-officer', 'PT5M', 'Evakuer etter evakueringsplanen og tell opp ansatte og innsatte.'),
    pandemic: step('secure-staff', 'Smittevern', 'institution-manager', 'P1D', 'Iverksett smitteverntiltak etter helsemyndighetenes råd.'),
    'it-outage': step('secure-staff', 'Nødrutiner', 'duty-officer', 'PT30M', 'Gå over til papirbaserte nødrutiner for opptelling, låsing og registrering.'),
  };
  return {
    templateId: `no-crisis-${scenario}`,
    card: {
      title: `Beredskap: ${SCENARIO_TITLES[scenario]}`,
      situation: 'crisis-scenario',
      summary: 'Beredskapen aktiveres; beslutninger og kommunikasjon logges, så de kan spores og kvalitetssikres (notoritet).',
      steps: [
        first[scenario],
        step(
          'activate-crisis-staff',
          'Aktiver kriseledelsen',
          'institution-manager',
          'PT30M',
          'Aktiver kriseledelsen, fordel kriseroller og fastsett beredskapsnivå.',
          { prerequisites: ['secure-staff'] },
        ),
        step(
          'notify-area-and-directorate',
          'Varsle region og direktorat',
          'crisis-coordinator',
          'PT1H',
          'Varsle regionkontoret og Kriminalomsorgsdirektoratets vakthavende.',
          { prerequisites: ['activate-crisis-staff'] },
        ),
        step('decision-log', 'Beslutningslogg', 'crisis-coordinator', 'PT1H', 'Før logg over beslutninger med begrunnelse, hjemmel og hvem som besluttet.', {
          noteRequired: true,
          prerequisites: ['activate-crisis-staff'],
        }),
        step('staff-and-relatives', 'Ansatte og pårørende', 'hr-consultant', 'PT4H', 'Informer de ansatte og pårørende til berørte ansatte.', {
          prerequisites: ['activate-crisis-staff'],
        }),
        step(
          'after-action-evaluation',
          'Evaluering',
          'institution-manager',
          'P14D',
          'Evaluer hendelsesforløpet etter at beredskapen er avsluttet; læringen føres inn i avvikshåndteringen.',
          { noteRequired: true, prerequisites: ['decision-log'] },
        ),
      ],
    },
  };
}

export const STARTER_CARDS_NB: StarterCard[] = [
  {
    templateId: 'no-violence-against-employee',
    card: {
      title: 'Vold mot ansatt',
      situation: 'violence-against-employee',
      summary: 'Ivaretakelse av en ansatt som er utsatt for vold, så alle opplever en lik og god håndtering.',
      steps: [
        step(
          'person-safety',
          'Sikre personens sikkerhet',
          'duty-officer',
          'PT15M',
          'Bring den ansatte i sikkerhet, tilkall førstehjelp eller lege ved behov, og sørg for at den ansatte ikke er alene.',
        ),
        step(
          'contact-manager',
          'Kontakt nærmeste leder',
          'crisis-coordinator',
          'PT1H',
          'Orienter nærmeste leder om hendelsen. Noter hvem som ble kontaktet (pseudonym) og når.',
          { noteRequired: true, prerequisites: ['person-safety'] },
        ),
        step(
          'psychological-first-aid',
          'Psykisk førstehjelp',
          'nearest-manager',
          'PT4H',
          'Gi psykisk førstehjelp: ro, trygghet, kontakt og praktisk hjelp. Sørg for transport hjem og at noen er hos den ansatte.',
          { prerequisites: ['person-safety'] },
        ),
        step(
          'register-incident',
          'Registrer hendelsen',
          'crisis-coordinator',
          'P1D',
          'Registrer den uønskede hendelsen i Vigil (vold mot ansatt i tjeneste), også når det ikke er fysiske skader.',
        ),
        step(
          'police-report',
          'Politianmeldelse',
          'nearest-manager',
          'P3D',
          'Anmeld volden til politiet sammen med den ansatte. Noter saksnummer, eller hvorfor det ikke anmeldes.',
          { noteRequired: true },
        ),
        step('offer-psychologist', 'Tilby samtale med psykolog', 'hr-consultant', 'P2D', 'Tilby samtaler med psykolog gjennom bedriftshelsetjenesten.', {
          mandatory: false,
        }),
        step(
          'follow-up-conversation',
          'Oppfølgingssamtale',
          'nearest-manager',
          'P7D',
          'Hold en oppfølgingssamtale med den ansatte om hendelsen, reaksjoner og tilbakekomst til arbeidet.',
          { noteRequired: true, prerequisites: ['psychological-first-aid'] },
        ),
        step(
          'ptsd-follow-up',
          'Oppfølging av posttraumatisk stress',
          'nearest-manager',
          'P6W',
          'Følg opp etter 4-6 uker: spør om søvn, gjenopplevelser og unngåelse; henvis til psykolog ved tegn på PTSD.',
          { noteRequired: true, prerequisites: ['follow-up-conversation'] },
        ),
      ],
    },
  },
  {
    templateId: 'no-threats-against-employee-off-duty',
    card: {
      title: 'Trusler mot ansatt utenfor tjenesten',
      situation: 'threats-against-employee-off-duty',
      summary: 'Vold og trusler i fritiden: lederens skritt og rådene om sikkerhet i fritiden som den ansattes sjekkliste.',
      steps: [
        step(
          'contact-employee',
          'Kontakt den ansatte',
          'nearest-manager',
          'PT2H',
          'Ring den ansatte, vurder den umiddelbare sikkerheten for den ansatte og familien, og avtal neste kontakt.',
        ),
        step(
          'police-report',
          'Politianmeldelse',
          'nearest-manager',
          'P1D',
          'Anmeld trusselen til politiet. Noter saksnummer, eller hvorfor det ikke anmeldes.',
          { noteRequired: true, prerequisites: ['contact-employee'] },
        ),
        step(
          'risk-assessment',
          'Risikovurdering',
          'certified-risk-assessor',
          'P3D',
          'Gjennomfør en risikovurdering med et anerkjent verktøy og avtal en sikkerhetsplan med den ansatte.',
          { noteRequired: true, prerequisites: ['contact-employee'] },
        ),
        step(
          'advice-1-surroundings',
          'Råd 1: Vær oppmerksom på omgivelsene',
          'employee',
          'P1D',
          'Legg merke til personer og biler rundt hjemmet ditt og på veien til og fra jobb.',
          { prerequisites: ['contact-employee'] },
        ),
        step(
          'advice-2-walls-have-ears',
          'Råd 2: Veggene har ører',
          'employee',
          'P1D',
          'Ikke snakk om arbeidet, kolleger eller innsatte der andre kan høre det.',
          { prerequisites: ['contact-employee'] },
        ),
        step(
          'advice-3-family-agreements',
          'Råd 3: Lag avtaler med familien',
          'employee',
          'P2D',
          'Avtal med familien hva dere gjør ved henvendelser, mistenkelige personer og trusler.',
          { prerequisites: ['contact-employee'] },
        ),
        step(
          'advice-4-suspicious',
          'Råd 4: Når du ser noe mistenkelig',
          'employee',
          'P2D',
          'Ring 112 ved akutt fare, ellers politiet på 02800, og si fra til lederen din.',
          { prerequisites: ['contact-employee'] },
        ),
        step(
          'advice-5-uniform',
          'Råd 5: Uniform og fritid',
          'employee',
          'P1D',
          'Ikke bruk uniform eller deler av den utenfor tjenesten, heller ikke på vei til og fra jobb.',
          { prerequisites: ['contact-employee'] },
        ),
        step(
          'advice-6-online',
          'Råd 6: Sjekk hva som står om deg på nettet',
          'employee',
          'P3D',
          'Søk på navnet og adressen din; få opplysninger fjernet, lukk profiler i sosiale medier, og vurder sperret adresse i Folkeregisteret.',
          { prerequisites: ['contact-employee'] },
        ),
        step(
          'advice-7-readiness-plan',
          'Råd 7: Kjenn beredskapsplanen',
          'employee',
          'P3D',
          'Gå gjennom beredskapsplanen og hvem du kontakter, også utenfor arbeidstid.',
          { prerequisites: ['contact-employee'] },
        ),
        step(
          'follow-up-conversation',
          'Oppfølgingssamtale',
          'nearest-manager',
          'P14D',
          'Følg opp den ansatte om råd, sikkerhetsplan og trivsel, også for familien.',
          { noteRequired: true, prerequisites: ['risk-assessment'] },
        ),
      ],
    },
  },
  {
    templateId: 'no-threat-against-employee',
    card: {
      title: 'Trussel mot ansatt: risikovurdering og sikkerhetsplan',
      situation: 'threat-against-employee',
      summary: 'Tre trinn: risikovurdering med et navngitt verktøy, sikkerhetsplan laget sammen med personen, revurdering så ofte planen sier.',
      steps: [
        step(
          'immediate-safety',
          'Umiddelbar sikkerhet',
          'duty-officer',
          'PT30M',
          'Vurder om den ansatte er i umiddelbar fare, og sørg for at den ansatte ikke er alene.',
        ),
        step('contact-manager', 'Kontakt nærmeste leder', 'crisis-coordinator', 'PT2H', 'Orienter nærmeste leder om trusselen.', {
          prerequisites: ['immediate-safety'],
        }),
        step(
          'risk-assessment',
          'Trinn 1: Risikovurdering',
          'certified-risk-assessor',
          'P2D',
          'Gjennomfør risikovurderingen med et navngitt verktøy (SARA-SV, SAM, PATRIARK eller internt). Noter verktøy og konklusjon.',
          { noteRequired: true, prerequisites: ['contact-manager'] },
        ),
        step(
          'safety-plan',
          'Trinn 2: Sikkerhetsplan',
          'certified-risk-assessor',
          'P5D',
          'Lag sikkerhetsplanen sammen med den ansatte, for eksempel overfallsalarm. Noter hvor ofte planen skal revurderes.',
          { noteRequired: true, prerequisites: ['risk-assessment'] },
        ),
        step(
          'police-report',
          'Politianmeldelse',
          'nearest-manager',
          'P3D',
          'Anmeld trusselen til politiet. Noter saksnummer, eller hvorfor det ikke anmeldes.',
          { noteRequired: true },
        ),
        step(
          'reassessment',
          'Trinn 3: Revurdering',
          'certified-risk-assessor',
          'P30D',
          'Revurder sikkerhetsplanen så ofte planen sier, og straks hvis situasjonen endrer seg.',
          { noteRequired: true, prerequisites: ['safety-plan'] },
        ),
      ],
    },
  },
  {
    templateId: 'no-security-cell-placement',
    card: {
      title: 'Plassering i sikkerhetscelle',
      situation: 'security-cell-placement',
      summary:
        'Saksbehandling ved bruk av sikkerhetscelle etter straffegjennomføringsloven § 38: hjemmel, forholdsmessighet, løpende notater, samtale etter opphør og ledelsens og juristens gjennomgang.',
      steps: [
        step(
          'decision-and-legal-basis',
          'Beslutning med hjemmel og begrunnelse',
          'duty-officer',
          'PT15M',
          'Noter hvem som besluttet, hjemmelen (straffegjennomføringsloven § 38) og den konkrete begrunnelsen.',
          { noteRequired: true },
        ),
        step(
          'alternatives-considered',
          'Mindre inngripende tiltak',
          'duty-officer',
          'PT15M',
          'Noter hvilke mindre inngripende tiltak som ble vurdert eller forsøkt, og hvorfor de ikke var tilstrekkelige (forholdsmessighet).',
          { noteRequired: true },
        ),
        step('notify-management', 'Varsle ledelsen', 'duty-officer', 'PT1H', 'Varsle fengselets ledelse om plasseringen.', {
          prerequisites: ['decision-and-legal-basis'],
        }),
        step(
          'continuous-notes',
          'Løpende notater under plasseringen',
          'duty-officer',
          'PT2H',
          'Før løpende notater om tilsyn, den innsattes tilstand og fortsatt behov. Noter hvor notatene finnes.',
          { noteRequired: true, prerequisites: ['decision-and-legal-basis'] },
        ),
        step(
          'follow-up-conversation',
          'Samtale etter opphør',
          'nearest-manager',
          'P1D',
          'Hold en samtale med den innsatte etter at plasseringen er avsluttet.',
          { noteRequired: true, prerequisites: ['continuous-notes'] },
        ),
        step(
          'management-review',
          'Ledelsens gjennomgang',
          'institution-manager',
          'P3D',
          'Ledelsen går gjennom saken og følger om nødvendig opp overfor de ansatte.',
          { noteRequired: true, prerequisites: ['follow-up-conversation'] },
        ),
        step('legal-review', 'Juridisk gjennomgang', 'legal-officer', 'P7D', 'Regionens jurist går gjennom saken opp mot reglene.', {
          noteRequired: true,
          prerequisites: ['management-review'],
        }),
      ],
    },
  },
  {
    templateId: 'no-violence-between-inmates',
    card: {
      title: 'Vold mellom innsatte',
      situation: 'violence-between-inmates',
      steps: [
        step('separate-and-secure', 'Skill og sikre', 'duty-officer', 'PT15M', 'Skill de involverte og sikre stedet.'),
        step('medical-care', 'Helsehjelp', 'duty-officer', 'PT1H', 'Sørg for at den fornærmede blir sett av sykepleier eller lege.', {
          prerequisites: ['separate-and-secure'],
        }),
        step('register-incident', 'Registrer hendelsen', 'crisis-coordinator', 'P1D', 'Registrer den uønskede hendelsen i Vigil (vold mot innsatt).'),
        step(
          'police-report',
          'Politianmeldelse',
          'security-officer',
          'P2D',
          'Anmeld forholdet til politiet. Noter saksnummer, eller hvorfor det ikke anmeldes.',
          { noteRequired: true },
        ),
        step('follow-up-inmate', 'Oppfølging av den fornærmede', 'nearest-manager', 'P3D', 'Snakk med den fornærmede om sikkerhet og plassering.', {
          noteRequired: true,
          prerequisites: ['medical-care'],
        }),
      ],
    },
  },
  ...['riot', 'hostage-taking', 'escape', 'fire', 'pandemic', 'it-outage'].map((scenario) => crisisCard(scenario)),
];
