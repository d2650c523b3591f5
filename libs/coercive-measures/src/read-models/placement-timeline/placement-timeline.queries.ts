import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, EventStore } from '@vigil/event-store';
import { PlacementEvent } from '../../domain/placement.events';
import { evolve, initial, PlacementState } from '../../domain/placement.state';
import { extendTimeline, PlacementTimeline } from '../../domain/placement.timeline';
import { placementStreamId } from '../../placement-stream';

export interface TimelineEntry {
  revision: number;
  eventId: string;
  type: string;
  recordedAt: string;
  /** Who recorded it (pseudonymous staff reference). */
  actor: string;
  data: unknown;
}

export interface ReplayedPlacement {
  at: string;
  state: PlacementState;
  timeline: PlacementTimeline | null;
  entries: TimelineEntry[];
  eventsRecordedSince: number;
  revision: number | null;
}

/** The case replayed from its stream to a moment: only what had been recorded by then. */
@Injectable()
export class PlacementTimelineQueries {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async replay(id: string, at: Date): Promise<ReplayedPlacement> {
    const events = await this.store.readStream(placementStreamId(id));
    const known = events.filter((e) => new Date(e.metadata.recordedAt).getTime() <= at.getTime());
    let state = initial;
    let timeline: PlacementTimeline | null = null;
    for (const e of known) {
      state = evolve(state, { type: e.type, data: e.data } as PlacementEvent);
      timeline = extendTimeline(timeline, { id: e.id, revision: e.revision, type: e.type, data: e.data });
    }
    return {
      at: at.toISOString(),
      state,
      timeline,
      entries: known.map((e) => ({
        revision: e.revision,
        eventId: e.id,
        type: e.type,
        recordedAt: e.metadata.recordedAt,
        actor: e.metadata.actor,
        data: e.data,
      })),
      eventsRecordedSince: events.length - known.length,
      revision: known.length ? known[known.length - 1].revision : null,
    };
  }
}
