import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, EventStore } from '@vigil/event-store';
import { knownAt } from '../../domain/incident.known-at';
import { IncidentState } from '../../domain/incident.state';
import { incidentStreamId } from '../../incident-stream';

export interface IncidentKnownAt {
  /** The state folded from events recorded at or before `date` (occurrence dates play no part). */
  state: IncidentState;
  date: string;
  eventsIncluded: number;
  eventsRecordedSince: number;
  revision: number | null;
}

/** The incident as it was known on a date: folded from the stream itself, not from a read model. */
@Injectable()
export class IncidentKnownAtQueries {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async knownAt(id: string, date: Date): Promise<IncidentKnownAt> {
    const events = await this.store.readStream(incidentStreamId(id));
    const result = knownAt(events.map((e) => ({ type: e.type, data: e.data, recordedAt: e.metadata.recordedAt })), date);
    return {
      state: result.state,
      date: date.toISOString(),
      eventsIncluded: result.included,
      eventsRecordedSince: events.length - result.included,
      revision: result.included > 0 ? events[result.included - 1].revision : null,
    };
  }
}
