import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore, readStreamUntil } from '@vigil/event-store';
import { knownAt } from '../../domain/incident.known-at';
import { IncidentState, initial } from '../../domain/incident.state';
import { upcastIncidentEvent } from '../../domain/incident.upcasters';
import { incidentStreamId } from '../../incident-stream';
import { FoldPrefixes } from './fold-prefixes';

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
  /** Folds kept every 1,000 events of a stream, so moving an auditor's time slider replays only the events after one. */
  readonly prefixes = new FoldPrefixes<IncidentState>();

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ id, date }: GetIncidentKnownAt): Promise<IncidentKnownAt> {
    const streamId = incidentStreamId(id);
    const start = this.prefixes.before(streamId, date);
    // Read only as far as the moment, from the nearest folded prefix: a long stream replayed to an early date costs what it held then.
    const { events } = await readStreamUntil(this.store, streamId, date, undefined, start ? start.revision + 1 : 0);
    let result = start ? { state: start.state, included: start.revision + 1 } : undefined;
    for (const event of events) {
      const upcast = upcastIncidentEvent(event);
      result = knownAt([{ type: upcast.type, data: upcast.data, recordedAt: upcast.metadata.recordedAt }], date, result);
      this.prefixes.keep(streamId, { revision: event.revision, recordedAt: event.metadata.recordedAt, state: result.state });
    }
    const last = await this.store.streamRevision(streamId);
    const included = result?.included ?? 0;
    return {
      state: result?.state ?? initial,
      date: date.toISOString(),
      eventsIncluded: included,
      eventsRecordedSince: (last === null ? 0 : last + 1) - included,
      revision: events.length ? events[events.length - 1].revision : (start?.revision ?? null),
    };
  }
}
