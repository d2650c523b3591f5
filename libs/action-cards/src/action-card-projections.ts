import { Projection } from '@vigil/projections';
import { DeadlinesProjection } from './deadlines/deadlines.projection';
import { RunsProjection } from './read-models/runs/runs.projection';
import { TemplatesProjection } from './read-models/templates/templates.projection';

/** Every read model of the action cards' own events, run by the worker and rebuildable from the CLI (reactions are in the manifest). */
export const ACTION_CARD_PROJECTIONS: Projection[] = [new TemplatesProjection(), new RunsProjection(), new DeadlinesProjection()];
