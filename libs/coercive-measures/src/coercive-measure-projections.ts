import { Projection } from '@vigil/projections';
import { PlacementCaseProjection } from './read-models/placement-cases/placement-case.projection';

/** Every read model of coercive measures, run by the worker and rebuildable from the CLI. */
export const COERCIVE_MEASURE_PROJECTIONS: Projection[] = [new PlacementCaseProjection()];
