/**
 * The part of the incident register's `incidents.incident-reported.v1` event this context reads.
 * Written out here rather than imported: contexts meet through events, not through each other's code.
 */
export const INCIDENT_REPORTED = 'incidents.incident-reported.v1';

export interface IncidentReportedFacts {
  incidentId: string;
  kind: string;
  target: string;
  location: { type: 'institution'; area: string; institution: string } | { type: 'off-duty'; area: string };
}
