import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore, readStreamUntil } from '@vigil/event-store';
import { knownAt } from '../../domain/incident.known-at';
import { IncidentState } from '../../domain/incident.state';
import { upcastIncidentEvent } from '../../domain/incident.upcasters';
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
export class GetIncidentKnownAt extends Query<IncidentKnownAt> {
  constructor(
    readonly id: string,
    readonly date: Date,
  ) {
    super();
  }
}

@QueryHandler(GetIncidentKnownAt)
export class GetIncidentKnownAtHandler implements IQueryHandler<GetIncidentKnownAt> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ id, date }: GetIncidentKnownAt): Promise<IncidentKnownAt> {
    // Read only as far as the moment: a long stream replayed to an early date costs what it held then.
    const { events } = await readStreamUntil(this.store, incidentStreamId(id), date);
    const result = knownAt(
      events.map(upcastIncidentEvent).map((e) => ({ type: e.type, data: e.data, recordedAt: e.metadata.recordedAt })),
      date,
    );
    const last = await this.store.streamRevision(incidentStreamId(id));
    return {
      state: result.state,
      date: date.toISOString(),
      eventsIncluded: result.included,
      eventsRecordedSince: (last === null ? 0 : last + 1) - result.included,
      revision: result.included > 0 ? events[result.included - 1].revision : null,
    };
  }
}
