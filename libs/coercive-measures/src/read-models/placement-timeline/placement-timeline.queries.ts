import { Inject, Injectable } from '@nestjs/common';
import { fold } from '@vigil/event-sourcing';
import { EVENT_STORE, EventStore } from '@vigil/event-store';
import { PlacementState } from '../../domain/placement.state';
import { PlacementTimeline, timelineOf } from '../../domain/placement.timeline';
import { PLACEMENT_STREAM, placementStreamId } from '../../placement-stream';

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
    return {
      at: at.toISOString(),
      state: fold(PLACEMENT_STREAM.model, known),
      timeline: timelineOf(known),
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
