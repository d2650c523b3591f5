import { PlacementEvent } from './placement.events';
import { DeadlineFact } from './rule-set';

/** One event as evidence: where it sits in the stream and the time of the fact it records. */
export interface TimelinePoint {
  revision: number;
  eventId: string;
  type: string;
  /** The fact's own time (observedAt, calledAt, endedAt…), not when it was recorded. */
  at: string;
}

export type TimelineFact = 'ended' | DeadlineFact;

/** The compact per-case timeline rules are judged on: the start, every note, and each once-only fact. */
export interface PlacementTimeline {
  placementId: string;
  institution: string;
  restrained: boolean;
  started: TimelinePoint;
  notes: TimelinePoint[];
  facts: Partial<Record<TimelineFact, TimelinePoint>>;
}

export interface StreamEvent {
  id: string;
  revision: number;
  type: string;
  data: unknown;
}

const FACT_OF: Partial<Record<PlacementEvent['type'], [TimelineFact, string]>> = {
  'coercive-measures.doctor-called.v1': ['doctor-called', 'calledAt'],
  'coercive-measures.doctor-arrived.v1': ['doctor-arrived', 'arrivedAt'],
  'coercive-measures.placement-ended.v1': ['ended', 'endedAt'],
  'coercive-measures.follow-up-conversation-held.v1': ['follow-up-conversation', 'heldAt'],
  'coercive-measures.management-review-recorded.v1': ['management-review', 'reviewedAt'],
  'coercive-measures.legal-review-recorded.v1': ['legal-review', 'reviewedAt'],
};

/** Adds one stored event to the timeline (null until the placement has started). */
export function extendTimeline(timeline: PlacementTimeline | null, event: StreamEvent): PlacementTimeline | null {
  const data = event.data as Record<string, unknown>;
  const point = (at: unknown): TimelinePoint => ({ revision: event.revision, eventId: event.id, type: event.type, at: String(at) });
  if (event.type === 'coercive-measures.placement-started.v1') {
    return {
      placementId: String(data.placementId),
      institution: String(data.institution),
      restrained: data.restrained === true,
      started: point(data.startedAt),
      notes: [],
      facts: {},
    };
  }
  if (!timeline) return null;
  if (event.type === 'coercive-measures.observation-noted.v1') return { ...timeline, notes: [...timeline.notes, point(data.observedAt)] };
  const fact = FACT_OF[event.type as PlacementEvent['type']];
  return fact ? { ...timeline, facts: { ...timeline.facts, [fact[0]]: point(data[fact[1]]) } } : timeline;
}

export function timelineOf(events: readonly StreamEvent[]): PlacementTimeline | null {
  return events.reduce<PlacementTimeline | null>(extendTimeline, null);
}
