import { PLACEMENT_PERSONAL_DATA } from './domain/placement.personal-data';
import { VigilContext } from '@vigil/command-handling';
import { coerciveMeasureProblems } from './coercive-measure-problems';
import { COERCIVE_MEASURE_PROJECTIONS } from './coercive-measure-projections';
import { CoerciveMeasuresCommandsModule } from './coercive-measures-commands.module';
import { CoerciveMeasuresHttpModule } from './coercive-measures-http.module';
import { seedCoerciveMeasureDemoData } from './demo/seed-demo-data';
import { CoerciveMeasureReadModels1763860000040 } from './read-models/coercive-measure-read-models.migration';

/** Coercive measures (security-cell placements), as the apps plug them in. */
export const COERCIVE_MEASURES_CONTEXT: VigilContext = {
  name: 'coercive-measures',
  personalData: PLACEMENT_PERSONAL_DATA,
  http: CoerciveMeasuresHttpModule,
  commands: CoerciveMeasuresCommandsModule,
  projections: COERCIVE_MEASURE_PROJECTIONS,
  migrations: [CoerciveMeasureReadModels1763860000040],
  problems: [coerciveMeasureProblems],
  demo: async ({ databaseUrl, log, openStore }) => {
    const placements = await seedCoerciveMeasureDemoData(databaseUrl, log, new Date(), openStore);
    if (placements > 0) log(`Loaded ${placements} demo security-cell placements (see /coercive-measures/breaches).`);
  },
};
