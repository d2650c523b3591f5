import { InvolvedCounts } from './incident-codes';

/**
 * Integration contracts of the incident register (topic `vigil.incidents.v1`). Reported and
 * facts-corrected are at version 2 (what statistics count by: where, and how many of whom); the
 * others at version 1. Consumers read both versions of each.
 */

export const INCIDENTS_TOPIC = 'vigil.incidents.v1';

/** An incident entered the register: the facts statistics need, nothing free-text or personal. */
export interface IncidentReportedV1 {
  readonly incidentId: string;
  readonly kind: string;
  readonly target: string;
  readonly perpetrator: string;
  readonly severity: string;
  readonly occurredAt: string;
  readonly area: string;
  /** Null when the incident happened off duty, outside an institution. */
  readonly institutionId: string | null;
}

/** Version 2 adds where (institution or off duty), the worst physical injury, and how many people of each role and kind took part, never who. */
export interface IncidentReportedV2 extends IncidentReportedV1 {
  readonly locationType: 'institution' | 'off-duty';
  /** The worst physical injury anyone suffered: a degree, no health details. */
  readonly physicalInjury: string;
  readonly involved: InvolvedCounts;
}

export interface IncidentReclassifiedV1 {
  readonly incidentId: string;
  readonly kind: string;
  readonly target: string;
}

/** Facts that statistics depend on changed; only the fields present changed. */
export interface IncidentFactsCorrectedV1 {
  readonly incidentId: string;
  readonly occurredAt?: string;
  readonly severity?: string;
  readonly area?: string;
  readonly institutionId?: string | null;
}

/** Version 2 adds the perpetrator type, where, and the involved people's counts when those were corrected. */
export interface IncidentFactsCorrectedV2 extends IncidentFactsCorrectedV1 {
  readonly perpetrator?: string;
  readonly physicalInjury?: string;
  readonly locationType?: 'institution' | 'off-duty';
  readonly involved?: InvolvedCounts;
}

/** The incident stops counting (duplicate of another, or not reportable) or counts again. */
export interface IncidentCountingChangedV1 {
  readonly incidentId: string;
  readonly counted: boolean;
  readonly because: 'duplicate' | 'not-reportable' | 'reopened';
}

export interface IncidentClosedV1 {
  readonly incidentId: string;
}

/** The payload of the newest version of each contract: what the register publishes now. */
export interface IncidentContracts {
  'incidents.incident-reported': IncidentReportedV2;
  'incidents.incident-reclassified': IncidentReclassifiedV1;
  'incidents.incident-facts-corrected': IncidentFactsCorrectedV2;
  'incidents.incident-counting-changed': IncidentCountingChangedV1;
  'incidents.incident-closed': IncidentClosedV1;
}

export type IncidentContractName = keyof IncidentContracts;

/** The version each contract is published at. */
export const INCIDENT_CONTRACT_VERSIONS: Readonly<Record<IncidentContractName, number>> = {
  'incidents.incident-reported': 2,
  'incidents.incident-reclassified': 1,
  'incidents.incident-facts-corrected': 2,
  'incidents.incident-counting-changed': 1,
  'incidents.incident-closed': 1,
};
