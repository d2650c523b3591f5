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

/** Handling ended, with its outcome. */
export interface IncidentClosed {
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
  'incidents.incident-closed.v1',
  'incidents.incident-reopened.v1',
];

export function isIncidentEvent(type: string): type is IncidentEvent['type'] {
  return (INCIDENT_EVENT_TYPES as readonly string[]).includes(type);
}
