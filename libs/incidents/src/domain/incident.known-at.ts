import { IncidentEvent } from './incident.events';
import { evolve, IncidentState, initial } from './incident.state';

export interface RecordedIncidentEvent {
  type: string;
  data: unknown;
  /** When the store recorded it (ISO 8601). */
  recordedAt: string;
}

/**
 * The incident as it was known on `date`: only events recorded at or before it (in stream order,
 * which is recording order). When something occurred plays no part here.
 */
export function knownAt(events: readonly RecordedIncidentEvent[], date: Date): { state: IncidentState; included: number } {
  let state = initial;
  let included = 0;
  for (const event of events) {
    if (new Date(event.recordedAt).getTime() > date.getTime()) break;
    state = evolve(state, { type: event.type, data: event.data } as IncidentEvent);
    included++;
  }
  return { state, included };
}
