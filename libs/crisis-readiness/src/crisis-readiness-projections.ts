import { Projection } from '@vigil/projections';
import { ActivationsProjection } from './read-models/activations/activations.projection';
import { PlansProjection } from './read-models/plans/plans.projection';

/** Every read model of crisis readiness, run by the worker and rebuildable from the CLI. */
export const CRISIS_READINESS_PROJECTIONS: Projection[] = [new PlansProjection(), new ActivationsProjection()];
