/** Each incident is one stream, `incident-<uuid>`; the category `incident` feeds its projections. */
export const INCIDENT_CATEGORY = 'incident';

export function incidentStreamId(incidentId: string): string {
  return `${INCIDENT_CATEGORY}-${incidentId}`;
}

export function incidentIdOf(streamId: string): string {
  return streamId.slice(INCIDENT_CATEGORY.length + 1);
}
