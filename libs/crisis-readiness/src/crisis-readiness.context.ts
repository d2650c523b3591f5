import { CRISIS_PERSONAL_DATA } from './domain/crisis.personal-data';
import { VigilContext } from '@vigil/command-handling';
import { crisisProblems } from './crisis-problems';
import { CrisisReadinessCommandsModule } from './crisis-readiness-commands.module';
import { CRISIS_READINESS_PROJECTIONS } from './crisis-readiness-projections';
import { CrisisReadinessHttpModule } from './crisis-readiness-http.module';
import { ACTIVATION_PUBLICATION } from './integration/activation-publication';
import { seedCrisisReadinessDemoData } from './demo/seed-demo-data';
import { CrisisReadinessReadModels1763860000070 } from './read-models/crisis-readiness-read-models.migration';
import { loadStarterPlans } from './starter-plans/load-starter-plans';

/** Crisis readiness, as the apps plug it in (listed after action cards: plans name their cards). */
export const CRISIS_READINESS_CONTEXT: VigilContext = {
  name: 'crisis-readiness',
  personalData: CRISIS_PERSONAL_DATA,
  http: CrisisReadinessHttpModule,
  commands: CrisisReadinessCommandsModule,
  projections: CRISIS_READINESS_PROJECTIONS,
  migrations: [CrisisReadinessReadModels1763860000070],
  problems: [crisisProblems],
  publications: [ACTIVATION_PUBLICATION],
  reference: async ({ databaseUrl, log }) => void (await loadStarterPlans(databaseUrl, log)),
  demo: async ({ databaseUrl, log, openStore }) => void (await seedCrisisReadinessDemoData(databaseUrl, log, new Date(), openStore)),
};
