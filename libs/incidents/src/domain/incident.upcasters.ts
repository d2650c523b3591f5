import { composeUpcasters, UpcasterMap } from '@vigil/event-sourcing';
import { IncidentClosed, IncidentClosedV1 } from './incident.events';

/**
 * How superseded incident event types read as the current ones. Pure: the stored v1 bytes stay as
 * they are (so the stream's hash chain still verifies); only their reading changes.
 */
export const INCIDENT_UPCASTERS: UpcasterMap = {
  /** v1 left `reason` out when none was given; v2 says null. */
  'incidents.incident-closed.v1': (data): IncidentClosed => {
    const v1 = data as IncidentClosedV1['data'];
    return { type: 'incidents.incident-closed.v2', data: { incidentId: v1.incidentId, outcome: v1.outcome, reason: v1.reason || null } };
  },
};

/** The incident register's own chain, for readers that fold a stream themselves (known-at, the publication). */
export const upcastIncidentEvent = composeUpcasters(INCIDENT_UPCASTERS);
