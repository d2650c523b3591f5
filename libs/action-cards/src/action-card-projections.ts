import { Projection } from '@vigil/projections';
import { ActivationStartProjection } from './crisis-activation-start/activation-start.projection';
import { DeadlinesProjection } from './deadlines/deadlines.projection';
import { StartPolicyProjection } from './incident-start-policy/start-policy.projection';
import { RunsProjection } from './read-models/runs/runs.projection';
import { TemplatesProjection } from './read-models/templates/templates.projection';

/** Every read model of the action cards, run by the worker and rebuildable from the CLI. */
export const ACTION_CARD_PROJECTIONS: Projection[] = [
  new TemplatesProjection(),
  new RunsProjection(),
  new DeadlinesProjection(),
  new StartPolicyProjection(),
  new ActivationStartProjection(),
];
