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
 * which is recording order). When something occurred plays no part here. `from` is the fold of the events before
 * these (a prefix already folded), so a replay can start part way.
 */
export function knownAt(
  events: readonly RecordedIncidentEvent[],
  date: Date,
  from: { state: IncidentState; included: number } = { state: initial, included: 0 },
): { state: IncidentState; included: number } {
  let { state, included } = from;
  for (const event of events) {
    if (new Date(event.recordedAt).getTime() > date.getTime()) break;
    state = evolve(state, { type: event.type, data: event.data } as IncidentEvent);
    included++;
  }
  return { state, included };
}
