import { IncidentEvent } from './incident.events';
import { IncidentKind, Injuries, InvolvedPerson, Location, PerpetratorType, Severity, TargetGroup } from './incident.vocabulary';

export const INCIDENT_STATUSES = ['open', 'closed', 'duplicate', 'not-reportable'] as const;

export interface PoliceReport {
  reportedAt: string;
  policeDistrict: string;
  journalNumber?: string;
}

interface IncidentFacts {
  incidentId: string;
  kind: IncidentKind;
  target: TargetGroup;
  perpetrator: PerpetratorType;
  location: Location;
  severity: Severity;
  injuries: Injuries;
  occurredAt: string;
  description: string;
  involved: InvolvedPerson[];
  reportedBy: string;
  policeReports: PoliceReport[];
}

/** An incident's state, discriminated by status; `none` until it is reported. */
export type IncidentState =
  | { status: 'none' }
  | (IncidentFacts & { status: 'open' })
  | (IncidentFacts & { status: 'closed'; outcome: string })
  | (IncidentFacts & { status: 'duplicate'; duplicateOf: string })
  | (IncidentFacts & { status: 'not-reportable'; notReportableReason: string });

export type ReportedIncident = Exclude<IncidentState, { status: 'none' }>;

export const initial: IncidentState = { status: 'none' };

/** The facts alone, without what the status adds (outcome, duplicate, not-reportable reason). */
function facts(state: ReportedIncident): IncidentFacts {
  const { incidentId, kind, target, perpetrator, location, severity, injuries, occurredAt, description, involved, reportedBy, policeReports } = state;
  return { incidentId, kind, target, perpetrator, location, severity, injuries, occurredAt, description, involved, reportedBy, policeReports };
}

export function evolve(state: IncidentState, event: IncidentEvent): IncidentState {
  if (event.type === 'incidents.incident-reported.v1') {
    return { status: 'open', ...event.data, policeReports: [] };
  }
  if (state.status === 'none') return state; // no change event precedes a report in a valid stream
  switch (event.type) {
    case 'incidents.incident-corrected.v1': {
      const next: Record<string, unknown> = { ...state };
      for (const change of event.data.changes) next[change.field] = change.to;
      return next as IncidentState;
    }
    case 'incidents.incident-reclassified.v1':
      return { ...state, kind: event.data.to.kind, target: event.data.to.target };
    case 'incidents.incident-marked-duplicate.v1':
      return { ...facts(state), status: 'duplicate', duplicateOf: event.data.duplicateOf };
    case 'incidents.incident-marked-not-reportable.v1':
      return { ...facts(state), status: 'not-reportable', notReportableReason: event.data.reason };
    case 'incidents.police-report-recorded.v1': {
      const { reportedAt, policeDistrict, journalNumber } = event.data;
      return { ...state, policeReports: [...state.policeReports, { reportedAt, policeDistrict, ...(journalNumber ? { journalNumber } : {}) }] };
    }
    case 'incidents.incident-closed.v2':
      return { ...facts(state), status: 'closed', outcome: event.data.outcome };
    case 'incidents.incident-reopened.v1':
      return { ...facts(state), status: 'open' };
  }
}
