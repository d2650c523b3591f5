import { PlanInput } from '../domain/plan';

/**
 * The starter set of readiness plans Vigil publishes at start (idempotently), one per scenario of the
 * domain guide. Action-card ids are those of the action-cards starter library; a changed plan here is
 * published as the plan's next version at the next start. Revision cycles follow `003_…` ("continuous
 * revision of the readiness plans"): yearly, half-yearly where threats move fast.
 */
export interface StarterPlan {
  planId: string;
  plan: PlanInput;
}

const ALL_ROLES = ['crisis-lead', 'log-keeper', 'communications', 'liaison'];

export const STARTER_PLANS: StarterPlan[] = [
  {
    planId: 'riot',
    plan: {
      title: 'Uro og mytteri',
      scenario: 'riot',
      summary: 'Personalet sikres, området afspærres, krisestaben samles; politiet som samarbejdspart.',
      actionCardTemplateIds: ['crisis-riot'],
      roles: ALL_ROLES,
      initialLevel: 'tactical',
      revisionIntervalDays: 365,
    },
  },
  {
    planId: 'hostage-taking',
    plan: {
      title: 'Gidseltagning',
      scenario: 'hostage-taking',
      summary: 'Politiet leder forhandling; kriminalforsorgen sikrer området, personalet og de pårørende.',
      actionCardTemplateIds: ['crisis-hostage-taking'],
      roles: ALL_ROLES,
      initialLevel: 'strategic',
      revisionIntervalDays: 365,
    },
  },
  {
    planId: 'escape',
    plan: {
      title: 'Undvigelse',
      scenario: 'escape',
      summary: 'Politiet alarmeres med signalement; optælling og sikring af de øvrige indsatte.',
      actionCardTemplateIds: ['crisis-escape'],
      roles: ALL_ROLES,
      initialLevel: 'operational',
      revisionIntervalDays: 365,
    },
  },
  {
    planId: 'fire',
    plan: {
      title: 'Brand og evakuering',
      scenario: 'fire',
      summary: 'Evakuering efter evakueringsplanen, optælling, samarbejde med beredskabet.',
      actionCardTemplateIds: ['crisis-fire'],
      roles: ALL_ROLES,
      initialLevel: 'operational',
      revisionIntervalDays: 365,
    },
  },
  {
    planId: 'pandemic',
    plan: {
      title: 'Pandemi',
      scenario: 'pandemic',
      summary: 'Smitteforebyggelse, bemanding og opretholdelse af driften efter sundhedsmyndighedernes anvisninger.',
      actionCardTemplateIds: ['crisis-pandemic'],
      roles: ALL_ROLES,
      initialLevel: 'strategic',
      revisionIntervalDays: 365,
    },
  },
  {
    planId: 'it-outage',
    plan: {
      title: 'It-nedbrud og bortfald af kommunikation',
      scenario: 'it-outage',
      summary: 'Papirbaserede nødprocedurer; øves jævnligt: øvelser i bortfald af kommunikation og informationssystemer.',
      actionCardTemplateIds: ['crisis-it-outage'],
      roles: ALL_ROLES,
      initialLevel: 'tactical',
      revisionIntervalDays: 182,
    },
  },
  {
    planId: 'threats-against-staff',
    plan: {
      title: 'Trusler mod ansatte',
      scenario: 'threats-against-staff',
      summary: 'Trusler mod ansatte i tjenesten og i fritiden; sikkerhed for medarbejderen og familien.',
      actionCardTemplateIds: ['threat-against-employee', 'threats-against-employee-off-duty'],
      roles: ['crisis-lead', 'log-keeper', 'liaison'],
      initialLevel: 'tactical',
      revisionIntervalDays: 182,
    },
  },
  {
    planId: 'death-in-custody',
    plan: {
      title: 'Dødsfald i varetægt',
      scenario: 'death-in-custody',
      summary: 'Stedet sikres, politiet underrettes, pårørende og medindsatte informeres; støtte til personalet.',
      actionCardTemplateIds: [],
      roles: ALL_ROLES,
      initialLevel: 'tactical',
      revisionIntervalDays: 365,
    },
  },
  {
    planId: 'critical-supply-failure',
    plan: {
      title: 'Bortfald af kritiske leverancer',
      scenario: 'other',
      summary: 'Strøm, vand, forplejning: opretholdelse af funktionsevnen (kontinuitetsplan).',
      actionCardTemplateIds: [],
      roles: ['crisis-lead', 'log-keeper'],
      initialLevel: 'operational',
      revisionIntervalDays: 365,
    },
  },
];
