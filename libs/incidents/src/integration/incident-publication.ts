import { RecordedEvent } from '@vigil/event-store';
import {
  INCIDENT_CONTRACT_VERSIONS,
  INCIDENTS_TOPIC,
  IncidentContractName,
  IncidentContracts,
  IntegrationMessage,
  involvedCounts,
} from '@vigil/integration-contracts';
import { Publication } from '@vigil/messaging';
import { IncidentEvent, isIncidentEvent } from '../domain/incident.events';
import { upcastIncidentEvent } from '../domain/incident.upcasters';
import { Injuries, InvolvedPerson, Location } from '../domain/incident.vocabulary';
import { INCIDENT_CATEGORY } from '../incident-stream';

type Contract = { [K in IncidentContractName]: { contract: K; payload: IncidentContracts[K] } }[IncidentContractName];

/** What the incident register tells other services: codes, dates and head counts only, never description, notes or who. */
export function incidentContractsOf(event: IncidentEvent): Contract[] {
  const incidentId = event.data.incidentId;
  switch (event.type) {
    case 'incidents.incident-reported.v1': {
      const { kind, target, perpetrator, severity, occurredAt, location, involved, injuries } = event.data;
      const physicalInjury = injuries.physical;
      const payload = { incidentId, kind, target, perpetrator, severity, occurredAt, ...place(location), physicalInjury, involved: involvedCounts(involved) };
      return [{ contract: 'incidents.incident-reported', payload }];
    }
    case 'incidents.incident-reclassified.v1':
      return [{ contract: 'incidents.incident-reclassified', payload: { incidentId, kind: event.data.to.kind, target: event.data.to.target } }];
    case 'incidents.incident-corrected.v1': {
      const changed = Object.fromEntries(event.data.changes.map((c) => [c.field, c.to]));
      const facts = {
        ...(changed.occurredAt !== undefined && { occurredAt: changed.occurredAt as string }),
        ...(changed.severity !== undefined && { severity: changed.severity as string }),
        ...(changed.location !== undefined && place(changed.location as Location)),
        ...(changed.perpetrator !== undefined && { perpetrator: changed.perpetrator as string }),
        ...(changed.injuries !== undefined && { physicalInjury: (changed.injuries as Injuries).physical }),
        ...(changed.involved !== undefined && { involved: involvedCounts(changed.involved as InvolvedPerson[]) }),
      };
      return Object.keys(facts).length ? [{ contract: 'incidents.incident-facts-corrected', payload: { incidentId, ...facts } }] : [];
    }
    case 'incidents.incident-marked-duplicate.v1':
      return [{ contract: 'incidents.incident-counting-changed', payload: { incidentId, counted: false, because: 'duplicate' } }];
    case 'incidents.incident-marked-not-reportable.v1':
      return [{ contract: 'incidents.incident-counting-changed', payload: { incidentId, counted: false, because: 'not-reportable' } }];
    case 'incidents.incident-reopened.v1':
      return [{ contract: 'incidents.incident-counting-changed', payload: { incidentId, counted: true, because: 'reopened' } }];
    case 'incidents.incident-closed.v2':
      return [{ contract: 'incidents.incident-closed', payload: { incidentId } }];
    case 'incidents.police-report-recorded.v1':
      return []; // district and journal number stay inside the register
  }
}

function place(location: Location): { area: string; institutionId: string | null; locationType: Location['type'] } {
  return { area: location.area, institutionId: location.type === 'institution' ? location.institution : null, locationType: location.type };
}

/** The incident register's feed to Kafka: one topic, keyed by incident stream. */
export const INCIDENT_PUBLICATION: Publication = {
  name: 'relay:incidents',
  topic: INCIDENTS_TOPIC,
  category: INCIDENT_CATEGORY,
  toMessages(stored: RecordedEvent): IntegrationMessage[] {
    // The platform feeds it upcast events already; upcasting a current type again changes nothing, and this way the
    // publication is right on its own too (tests, tools).
    const event = upcastIncidentEvent(stored);
    if (!isIncidentEvent(event.type)) return [];
    return incidentContractsOf({ type: event.type, data: event.data } as IncidentEvent).map((c, i) => ({
      contract: c.contract,
      version: INCIDENT_CONTRACT_VERSIONS[c.contract],
      messageId: i === 0 ? event.id : `${event.id}:${i}`,
      streamId: event.streamId,
      streamRevision: event.revision,
      recordedAt: event.metadata.recordedAt,
      correlationId: event.metadata.correlationId,
      payload: c.payload,
    }));
  },
};
