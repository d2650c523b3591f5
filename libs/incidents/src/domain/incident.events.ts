import { IncidentKind, Injuries, InvolvedPerson, Location, PerpetratorType, Severity, TargetGroup } from './incident.vocabulary';

/** An incident was reported: the first event of every incident stream. */
export interface IncidentReported {
  type: 'incidents.incident-reported.v1';
  data: {
    incidentId: string;
    kind: IncidentKind;
    target: TargetGroup;
    perpetrator: PerpetratorType;
    location: Location;
    severity: Severity;
    injuries: Injuries;
    /** When it happened (ISO 8601); often well before it was recorded. */
    occurredAt: string;
    description: string;
    involved: InvolvedPerson[];
    /** The reporting employee's pseudonymous reference. */
    reportedBy: string;
  };
}

export const CORRECTABLE_FIELDS = ['occurredAt', 'location', 'severity', 'injuries', 'description', 'perpetrator', 'involved'] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

/** Facts were corrected; each change keeps the value it replaced. */
export interface IncidentCorrected {
  type: 'incidents.incident-corrected.v1';
  data: { incidentId: string; changes: FieldChange[]; reason: string };
}

/** The kind and/or target group was changed. */
export interface IncidentReclassified {
  type: 'incidents.incident-reclassified.v1';
  data: {
    incidentId: string;
    from: { kind: IncidentKind; target: TargetGroup };
    to: { kind: IncidentKind; target: TargetGroup };
    reason: string;
  };
}

/** The incident is the same episode as another recorded incident. */
export interface IncidentMarkedDuplicate {
  type: 'incidents.incident-marked-duplicate.v1';
  data: { incidentId: string; duplicateOf: string; reason: string };
}

/** The incident is kept but does not count as reportable (e.g. recorded in error). */
export interface IncidentMarkedNotReportable {
  type: 'incidents.incident-marked-not-reportable.v1';
  data: { incidentId: string; reason: string };
}

/** The incident was reported to the police. */
export interface PoliceReportRecorded {
  type: 'incidents.police-report-recorded.v1';
  data: { incidentId: string; reportedAt: string; policeDistrict: string; journalNumber?: string; note?: string };
}

/**
 * Handling ended, with its outcome. Version 2 always carries `reason`, null when none was given: version 1 left the
 * field out, so every reader (history, timelines, publications, the learning reviews' record) had to tell "absent" from
 * "blank" on its own. Stored v1 events read as v2 through `incident.upcasters.ts`.
 */
export interface IncidentClosed {
  type: 'incidents.incident-closed.v2';
  data: { incidentId: string; outcome: string; reason: string | null };
}

/** Version 1 of {@link IncidentClosed}, as stored before v2: only the upcaster reads it. */
export interface IncidentClosedV1 {
  type: 'incidents.incident-closed.v1';
  data: { incidentId: string; outcome: string; reason?: string };
}

/** A closed, duplicate or not-reportable incident was opened again. */
export interface IncidentReopened {
  type: 'incidents.incident-reopened.v1';
  data: { incidentId: string; reason: string };
}

export type IncidentEvent =
  | IncidentReported
  | IncidentCorrected
  | IncidentReclassified
  | IncidentMarkedDuplicate
  | IncidentMarkedNotReportable
  | PoliceReportRecorded
  | IncidentClosed
  | IncidentReopened;

export const INCIDENT_EVENT_TYPES: readonly IncidentEvent['type'][] = [
  'incidents.incident-reported.v1',
  'incidents.incident-corrected.v1',
  'incidents.incident-reclassified.v1',
  'incidents.incident-marked-duplicate.v1',
  'incidents.incident-marked-not-reportable.v1',
  'incidents.police-report-recorded.v1',
  'incidents.incident-closed.v2',
  'incidents.incident-reopened.v1',
];

/** Superseded versions still in the store: read through the upcasters, never emitted again. */
export const SUPERSEDED_INCIDENT_EVENT_TYPES: readonly IncidentClosedV1['type'][] = ['incidents.incident-closed.v1'];

export function isIncidentEvent(type: string): type is IncidentEvent['type'] {
  return (INCIDENT_EVENT_TYPES as readonly string[]).includes(type);
}
