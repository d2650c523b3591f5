import { CardInput } from '../domain/card';

/**
 * The starter library: the cards Vigil publishes at start (idempotently). Texts follow the source
 * documents (`000_…` the ten pieces of advice, `002_…` risk assessment, `004_…` security cells).
 * A changed card here is published as the card's next version at the next start.
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

export interface StarterCard {
  templateId: string;
  card: CardInput;
}

const SCENARIO_TITLES: Record<string, string> = {
  riot: 'Uro og mytteri',
  'hostage-taking': 'Gidseltagning',
  escape: 'Undvigelse',
  fire: 'Brand og evakuering',
  pandemic: 'Pandemi',
  'it-outage': 'It-nedbrud',
};

/** The readiness card for a crisis scenario: activate, log decisions and communication, stand down, learn (003_…). */
function crisisCard(scenario: string): StarterCard {
  const first: Record<string, ReturnType<typeof step>> = {
    riot: step('secure-staff', 'Sikr personalet', 'duty-officer', 'PT10M', 'Træk personalet i sikkerhed og luk af til området.'),
    'hostage-taking': step(
      'secure-staff',
      'Afspær og tilkald politi',
      'duty-officer',
      'PT10M',
      'Afspær området, tilkald politiet, og lad ingen forhandle uden politiets mandat.',
    ),
    escape: step('secure-staff', 'Alarmér politiet', 'duty-officer', 'PT10M', 'Alarmér politiet med signalement og tidspunkt, og optæl de indsatte.'),
    fire: step('secure-staff', 'Evakuér', 'duty-officer', 'PT5M', 'Evakuér efter evakueringsplanen og optæl personale og indsatte.'),
    pandemic: step('secure-staff', 'Smitteforebyggelse', 'institution-manager', 'P1D', 'Iværksæt smitteforebyggende tiltag efter myndighedernes anvisninger.'),
    'it-outage': step(
      'secure-staff',
      'Nødprocedurer',
      'duty-officer',
      'PT30M',
      'Gå over til papirbaserede nødprocedurer for optælling, låsning og registrering.',
    ),
  };
  return {
    templateId: `crisis-${scenario}`,
    card: {
      title: `Kriseberedskab: ${SCENARIO_TITLES[scenario]}`,
      situation: 'crisis-scenario',
      summary: 'Beredskabet aktiveres; beslutninger og kommunikation logges, så de kan spores (notoritet).',
      steps: [
        first[scenario],
        step(
          'activate-crisis-staff',
          'Aktivér krisestaben',
          'institution-manager',
          'PT30M',
          'Aktivér krisestaben, fordel kriseroller og fastlæg beredskabsniveau.',
          { prerequisites: ['secure-staff'] },
        ),
        step(
          'notify-area-and-directorate',
          'Underret område og direktorat',
          'crisis-coordinator',
          'PT1H',
          'Underret områdekontoret og direktoratets vagthavende.',
          { prerequisites: ['activate-crisis-staff'] },
        ),
        step('decision-log', 'Beslutningslog', 'crisis-coordinator', 'PT1H', 'Før log over beslutninger med begrundelse, hjemmel og hvem der besluttede.', {
          noteRequired: true,
          prerequisites: ['activate-crisis-staff'],
        }),
        step('staff-and-relatives', 'Personale og pårørende', 'hr-consultant', 'PT4H', 'Informér personalet og pårørende til berørte medarbejdere.', {
          prerequisites: ['activate-crisis-staff'],
        }),
        step(
          'after-action-evaluation',
          'Evaluering',
          'institution-manager',
          'P14D',
          'Evaluér forløbet efter afmelding af beredskabet; læring føres til partnerskabet om sikkerhed.',
          { noteRequired: true, prerequisites: ['decision-log'] },
        ),
      ],
    },
  };
}

export const STARTER_CARDS: StarterCard[] = [
  {
    templateId: 'violence-against-employee',
    card: {
      title: 'Vold mod medarbejder',
      situation: 'violence-against-employee',
      summary: 'Kriseberedskabets håndtering af en medarbejder udsat for vold, så alle oplever en ensartet god håndtering.',
      steps: [
        step(
          'person-safety',
          'Sikr personens sikkerhed',
          'duty-officer',
          'PT15M',
          'Bring medarbejderen i sikkerhed, tilkald førstehjælp eller lægehjælp efter behov, og sørg for at medarbejderen ikke er alene.',
        ),
        step(
          'contact-manager',
          'Kontakt nærmeste leder',
          'crisis-coordinator',
          'PT1H',
          'Orientér nærmeste leder om hændelsen. Notér hvem der blev kontaktet (pseudonym) og hvornår.',
          { noteRequired: true, prerequisites: ['person-safety'] },
        ),
        step(
          'psychological-first-aid',
          'Psykisk førstehjælp',
          'nearest-manager',
          'PT4H',
          'Giv psykisk førstehjælp: ro, tryghed, kontakt og praktisk hjælp. Sørg for transport hjem og at nogen er hos medarbejderen.',
          { prerequisites: ['person-safety'] },
        ),
        step(
          'register-incident',
          'Registrér hændelsen',
          'crisis-coordinator',
          'P1D',
          'Registrér hændelsen i Vigil (vold mod ansat i tjenesten), også selv om der ikke er fysiske skader.',
        ),
        step(
          'police-report',
          'Politianmeldelse',
          'nearest-manager',
          'P3D',
          'Anmeld volden til politiet sammen med medarbejderen. Notér journalnummer, eller hvorfor der ikke anmeldes.',
          { noteRequired: true },
        ),
        step('offer-psychologist', 'Tilbyd psykologhjælp', 'hr-consultant', 'P2D', 'Tilbyd samtaler med krisepsykolog via den fælles ordning.', {
          mandatory: false,
        }),
        step(
          'follow-up-conversation',
          'Opfølgende samtale',
          'nearest-manager',
          'P7D',
          'Hold en opfølgende samtale med medarbejderen om hændelsen, reaktioner og tilbagevenden til arbejdet.',
          { noteRequired: true, prerequisites: ['psychological-first-aid'] },
        ),
        step(
          'ptsd-follow-up',
          'Opfølgning på posttraumatisk stress',
          'nearest-manager',
          'P6W',
          'Følg op efter 4-6 uger: spørg til søvn, genoplevelser og undgåelse; henvis til psykolog ved tegn på PTSD.',
          { noteRequired: true, prerequisites: ['follow-up-conversation'] },
        ),
      ],
    },
  },
  {
    templateId: 'threats-against-employee-off-duty',
    card: {
      title: 'Trusler mod medarbejder uden for tjenesten',
      situation: 'threats-against-employee-off-duty',
      summary: 'Vold og trusler uden for murene: lederens skridt og de ti råd om sikkerhed i fritiden som medarbejderens tjekliste.',
      steps: [
        step(
          'contact-employee',
          'Kontakt medarbejderen',
          'nearest-manager',
          'PT2H',
          'Ring til medarbejderen, vurdér den umiddelbare sikkerhed for medarbejderen og familien, og aftal næste kontakt.',
        ),
        step(
          'police-report',
          'Politianmeldelse',
          'nearest-manager',
          'P1D',
          'Anmeld truslen til politiet. Notér journalnummer, eller hvorfor der ikke anmeldes.',
          { noteRequired: true, prerequisites: ['contact-employee'] },
        ),
        step(
          'risk-assessment',
          'Risikovurdering',
          'certified-risk-assessor',
          'P3D',
          'Foretag en risikovurdering med et anerkendt værktøj og aftal en sikkerhedsplan med medarbejderen.',
          { noteRequired: true, prerequisites: ['contact-employee'] },
        ),
        step('advice-1-app-112', 'Råd 1: Installer appen 112', 'employee', 'P1D', 'Installer appen 112, så du hurtigt kan tilkalde hjælp og blive fundet.', {
          prerequisites: ['contact-employee'],
        }),
        step(
          'advice-2-surroundings',
          'Råd 2: Vær opmærksom på dine omgivelser',
          'employee',
          'P1D',
          'Læg mærke til personer og biler omkring dit hjem og på din vej til og fra arbejde.',
          { prerequisites: ['contact-employee'] },
        ),
        step(
          'advice-3-walls-have-ears',
          'Råd 3: Væggene har ører!',
          'employee',
          'P1D',
          'Tal ikke om arbejdet, kolleger eller indsatte, hvor andre kan høre det.',
          { prerequisites: ['contact-employee'] },
        ),
        step(
          'advice-4-family-agreements',
          'Råd 4: Lav aftaler med familien',
          'employee',
          'P2D',
          'Aftal med familien, hvad I gør ved henvendelser, mistænkelige personer og trusler.',
          { prerequisites: ['contact-employee'] },
        ),
        step(
          'advice-5-suspicious',
          'Råd 5: Når du ser noget mistænkeligt',
          'employee',
          'P2D',
          'Ring 112 ved akut fare, ellers til politiet på 114, og fortæl din leder om det.',
          { prerequisites: ['contact-employee'] },
        ),
        step(
          'advice-6-neighbourhood-watch',
          'Råd 6: Engager dine naboer i nabohjælp',
          'employee',
          'P7D',
          'Fortæl naboerne, hvad de skal holde øje med, og tilmeld jer nabohjælp.',
          { mandatory: false, prerequisites: ['contact-employee'] },
        ),
        step(
          'advice-7-uniform',
          'Råd 7: Uniform og fritid',
          'employee',
          'P1D',
          'Bær ikke uniform eller dele af den uden for tjenesten, heller ikke på vej til og fra arbejde.',
          { prerequisites: ['contact-employee'] },
        ),
        step(
          'advice-8-online',
          'Råd 8: Tjek, hvad der står om dig på nettet!',
          'employee',
          'P3D',
          'Søg på dit navn og din adresse; få oplysninger fjernet og beskyt din adresse i CPR.',
          { prerequisites: ['contact-employee'] },
        ),
        step(
          'advice-9-facebook',
          'Råd 9: Gør din Facebook-profil lukket',
          'employee',
          'P1D',
          'Luk din profil, fjern billeder i uniform og oplysninger om arbejdsplads og familie.',
          { prerequisites: ['contact-employee'] },
        ),
        step(
          'advice-10-readiness-plan',
          'Råd 10: Kend beredskabsplanen!',
          'employee',
          'P3D',
          'Gennemgå kriseberedskabsplanen og hvem du kontakter, også uden for arbejdstid.',
          { prerequisites: ['contact-employee'] },
        ),
        step(
          'follow-up-conversation',
          'Opfølgende samtale',
          'nearest-manager',
          'P14D',
          'Følg op med medarbejderen på råd, sikkerhedsplan og trivsel, også for familien.',
          { noteRequired: true, prerequisites: ['risk-assessment'] },
        ),
      ],
    },
  },
  {
    templateId: 'threat-against-employee',
    card: {
      title: 'Trussel mod medarbejder: risikovurdering og sikkerhedsplan',
      situation: 'threat-against-employee',
      summary: 'Tre trin: risikovurdering med et navngivet værktøj, sikkerhedsplan lavet med personen, revurdering med den hyppighed planen angiver.',
      steps: [
        step(
          'immediate-safety',
          'Umiddelbar sikkerhed',
          'duty-officer',
          'PT30M',
          'Vurdér om medarbejderen er i umiddelbar fare, og sørg for at medarbejderen ikke er alene.',
        ),
        step('contact-manager', 'Kontakt nærmeste leder', 'crisis-coordinator', 'PT2H', 'Orientér nærmeste leder om truslen.', {
          prerequisites: ['immediate-safety'],
        }),
        step(
          'risk-assessment',
          'Trin 1: Risikovurdering',
          'certified-risk-assessor',
          'P2D',
          'Foretag risikovurderingen med et navngivet værktøj (SARA-SV, SAM, PATRIARK eller internt). Notér værktøj og konklusion.',
          { noteRequired: true, prerequisites: ['contact-manager'] },
        ),
        step(
          'safety-plan',
          'Trin 2: Sikkerhedsplan',
          'certified-risk-assessor',
          'P5D',
          'Lav sikkerhedsplanen sammen med medarbejderen, fx overfaldsalarm. Notér hvor ofte planen skal revurderes.',
          { noteRequired: true, prerequisites: ['risk-assessment'] },
        ),
        step(
          'police-report',
          'Politianmeldelse',
          'nearest-manager',
          'P3D',
          'Anmeld truslen til politiet. Notér journalnummer, eller hvorfor der ikke anmeldes.',
          { noteRequired: true },
        ),
        step(
          'reassessment',
          'Trin 3: Revurdering',
          'certified-risk-assessor',
          'P30D',
          'Revurdér sikkerhedsplanen med den hyppighed planen angiver, og straks hvis situationen ændrer sig.',
          { noteRequired: true, prerequisites: ['safety-plan'] },
        ),
      ],
    },
  },
  {
    templateId: 'security-cell-placement',
    card: {
      title: 'Anbringelse i sikringscelle',
      situation: 'security-cell-placement',
      summary:
        'Sagsbehandling ved sikringscelleanbringelse: hjemmel, proportionalitet, løbende notater, opfølgende samtale (§ 13) og ledelsens og juristens gennemgang.',
      steps: [
        step(
          'decision-and-legal-basis',
          'Beslutning med hjemmel og begrundelse',
          'duty-officer',
          'PT15M',
          'Notér hvem der besluttede, hjemmel og den konkrete begrundelse.',
          { noteRequired: true },
        ),
        step(
          'alternatives-considered',
          'Mindre indgribende alternativer',
          'duty-officer',
          'PT15M',
          'Notér hvilke mindre indgribende foranstaltninger der blev overvejet, og hvorfor de ikke var tilstrækkelige.',
          { noteRequired: true },
        ),
        step('notify-management', 'Underret ledelsen', 'duty-officer', 'PT1H', 'Underret institutionens ledelse om anbringelsen.', {
          prerequisites: ['decision-and-legal-basis'],
        }),
        step(
          'continuous-notes',
          'Løbende notater under anbringelsen',
          'duty-officer',
          'PT2H',
          'Før løbende notater om tilsyn, den indsattes tilstand og fortsat behov. Notér hvor notaterne findes.',
          { noteRequired: true, prerequisites: ['decision-and-legal-basis'] },
        ),
        step(
          'follow-up-conversation',
          'Opfølgende samtale efter ophør (§ 13)',
          'nearest-manager',
          'P1D',
          'Hold den opfølgende samtale med den indsatte efter ophør, jf. § 13 i bekendtgørelsen om sikringsmidler og CIS nr. 9374.',
          { noteRequired: true, prerequisites: ['continuous-notes'] },
        ),
        step(
          'management-review',
          'Ledelsens gennemgang',
          'institution-manager',
          'P3D',
          'Ledelsen gennemgår sagen og følger om nødvendigt op over for medarbejderne.',
          { noteRequired: true, prerequisites: ['follow-up-conversation'] },
        ),
        step('legal-review', 'Juridisk gennemgang', 'legal-officer', 'P7D', 'Områdets jurist gennemgår sagen mod reglerne.', {
          noteRequired: true,
          prerequisites: ['management-review'],
        }),
      ],
    },
  },
  {
    templateId: 'violence-between-inmates',
    card: {
      title: 'Vold mellem indsatte',
      situation: 'violence-between-inmates',
      steps: [
        step('separate-and-secure', 'Adskil og sikr', 'duty-officer', 'PT15M', 'Adskil de involverede og sikr stedet.'),
        step('medical-care', 'Lægehjælp', 'duty-officer', 'PT1H', 'Sørg for at den forurettede bliver tilset af sygeplejerske eller læge.', {
          prerequisites: ['separate-and-secure'],
        }),
        step('register-incident', 'Registrér hændelsen', 'crisis-coordinator', 'P1D', 'Registrér hændelsen i Vigil (vold mod indsat).'),
        step(
          'police-report',
          'Politianmeldelse',
          'security-officer',
          'P2D',
          'Anmeld forholdet til politiet. Notér journalnummer, eller hvorfor der ikke anmeldes.',
          { noteRequired: true },
        ),
        step('follow-up-inmate', 'Opfølgning med den forurettede', 'nearest-manager', 'P3D', 'Tal med den forurettede om sikkerhed og placering.', {
          noteRequired: true,
          prerequisites: ['medical-care'],
        }),
      ],
    },
  },
  ...['riot', 'hostage-taking', 'escape', 'fire', 'pandemic', 'it-outage'].map((scenario) => crisisCard(scenario)),
];
