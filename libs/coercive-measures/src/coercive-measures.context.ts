import { VigilContext } from '@vigil/command-handling';
import { COERCIVE_MEASURE_PROJECTIONS } from './coercive-measure-projections';
import { CoerciveMeasuresHttpModule } from './coercive-measures-http.module';
import { seedCoerciveMeasureDemoData } from './demo/seed-demo-data';
import { CoerciveMeasureReadModels1763860000040 } from './read-models/coercive-measure-read-models.migration';

/** Coercive measures (security-cell placements), as the apps plug them in. */
export const COERCIVE_MEASURES_CONTEXT: VigilContext = {
  name: 'coercive-measures',
  http: CoerciveMeasuresHttpModule,
  projections: COERCIVE_MEASURE_PROJECTIONS,
  migrations: [CoerciveMeasureReadModels1763860000040],
  demo: async ({ databaseUrl, log }) => {
    const placements = await seedCoerciveMeasureDemoData(databaseUrl, log);
    if (placements > 0) log(`Loaded ${placements} demo security-cell placements (see /coercive-measures/breaches).`);
  },
};
