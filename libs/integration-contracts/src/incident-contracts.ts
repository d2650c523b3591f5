/** Integration contracts of the incident register (topic `vigil.incidents.v1`). Version 1 of each. */

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

/** The incident stops counting (duplicate of another, or not reportable) or counts again. */
export interface IncidentCountingChangedV1 {
  readonly incidentId: string;
  readonly counted: boolean;
  readonly because: 'duplicate' | 'not-reportable' | 'reopened';
}

export interface IncidentClosedV1 {
  readonly incidentId: string;
}

export interface IncidentContracts {
  'incidents.incident-reported': IncidentReportedV1;
  'incidents.incident-reclassified': IncidentReclassifiedV1;
  'incidents.incident-facts-corrected': IncidentFactsCorrectedV1;
  'incidents.incident-counting-changed': IncidentCountingChangedV1;
  'incidents.incident-closed': IncidentClosedV1;
}

export type IncidentContractName = keyof IncidentContracts;
