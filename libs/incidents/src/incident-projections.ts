import { Projection } from '@vigil/projections';
import { IncidentCurrentProjection } from './read-models/incident-current/incident-current.projection';
import { IncidentHistoryProjection } from './read-models/incident-history/incident-history.projection';

/** Every read model of the incident register, run by the worker and rebuildable from the CLI. */
export const INCIDENT_PROJECTIONS: Projection[] = [new IncidentCurrentProjection(), new IncidentHistoryProjection()];
