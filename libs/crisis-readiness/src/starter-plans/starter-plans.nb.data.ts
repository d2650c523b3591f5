import { StarterPlan } from './starter-plans.data';

/**
 * The starter readiness plans ("beredskapsplaner") for the Norwegian service (Kriminalomsorgen), in Bokmål: one per
 * scenario, as the Danish set, naming the Norwegian (`no-`) cards of the action-cards starter library. Revision cycles
 * follow `003_…` ("kontinuerlig revisjon av beredskapsplanene"): yearly, half-yearly where threats move fast.
 */
const ALL_ROLES = ['crisis-lead', 'log-keeper', 'communications', 'liaison'];

export const STARTER_PLANS_NB: StarterPlan[] = [
  {
    planId: 'no-riot',
    plan: {
      title: 'Uro og mytteri',
      scenario: 'riot',
      summary: 'De ansatte sikres, området sperres av, kriseledelsen samles; politiet som samarbeidspart.',
      actionCardTemplateIds: ['no-crisis-riot'],
      roles: ALL_ROLES,
      initialLevel: 'tactical',
      revisionIntervalDays: 365,
    },
  },
  {
    planId: 'no-hostage-taking',
    plan: {
      title: 'Gisseltaking',
      scenario: 'hostage-taking',
      summary: 'Politiet leder forhandlingene; kriminalomsorgen sikrer området, de ansatte og de pårørende.',
      actionCardTemplateIds: ['no-crisis-hostage-taking'],
      roles: ALL_ROLES,
      initialLevel: 'strategic',
      revisionIntervalDays: 365,
    },
  },
  {
    planId: 'no-escape',
    plan: {
      title: 'Rømning',
      scenario: 'escape',
      summary: 'Politiet varsles med signalement; opptelling og sikring av de øvrige innsatte.',
      actionCardTemplateIds: ['no-crisis-escape'],
      roles: ALL_ROLES,
      initialLevel: 'operational',
      revisionIntervalDays: 365,
    },
  },
  {
    planId: 'no-fire',
    plan: {
      title: 'Brann og evakuering',
      scenario: 'fire',
      summary: 'Evakuering etter evakueringsplanen, opptelling, samarbeid med brannvesenet.',
      actionCardTemplateIds: ['no-crisis-fire'],
      roles: ALL_ROLES,
      initialLevel: 'operational',
      revisionIntervalDays: 365,
    },
  },
  {
    planId: 'no-pandemic',
    plan: {
      title: 'Pandemi',
      scenario: 'pandemic',
      summary: 'Smittevern, bemanning og opprettholdelse av driften etter helsemyndighetenes råd.',
      actionCardTemplateIds: ['no-crisis-pandemic'],
      roles: ALL_ROLES,
      initialLevel: 'strategic',
      revisionIntervalDays: 365,
    },
  },
  {
    planId: 'no-it-outage',
    plan: {
      title: 'Bortfall av IKT og kommunikasjon',
      scenario: 'it-outage',
      summary: 'Papirbaserte nødrutiner; øves jevnlig: øvelser i bortfall av kommunikasjon og informasjonssystemer.',
      actionCardTemplateIds: ['no-crisis-it-outage'],
      roles: ALL_ROLES,
      initialLevel: 'tactical',
      revisionIntervalDays: 182,
    },
  },
  {
    planId: 'no-threats-against-staff',
    plan: {
      title: 'Trusler mot ansatte',
      scenario: 'threats-against-staff',
      summary: 'Trusler mot ansatte i tjenesten og i fritiden; sikkerhet for den ansatte og familien.',
      actionCardTemplateIds: ['no-threat-against-employee', 'no-threats-against-employee-off-duty'],
      roles: ['crisis-lead', 'log-keeper', 'liaison'],
      initialLevel: 'tactical',
      revisionIntervalDays: 182,
    },
  },
  {
    planId: 'no-death-in-custody',
    plan: {
      title: 'Dødsfall i varetekt',
      scenario: 'death-in-custody',
      summary: 'Stedet sikres, politiet varsles, pårørende og medinnsatte informeres; støtte til de ansatte.',
      actionCardTemplateIds: [],
      roles: ALL_ROLES,
      initialLevel: 'tactical',
      revisionIntervalDays: 365,
    },
  },
  {
    planId: 'no-critical-supply-failure',
    plan: {
      title: 'Bortfall av kritiske leveranser',
      scenario: 'other',
      summary: 'Strøm, vann, forpleining: opprettholdelse av funksjonsevnen (kontinuitetsplan).',
      actionCardTemplateIds: [],
      roles: ['crisis-lead', 'log-keeper'],
      initialLevel: 'operational',
      revisionIntervalDays: 365,
    },
  },
];
