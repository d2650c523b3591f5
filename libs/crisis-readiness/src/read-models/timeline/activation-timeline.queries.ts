import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Words } from '@vigil/event-sourcing';
import { EVENT_STORE, EventStore } from '@vigil/event-store';
import { ACTIVATION_STREAM, activationStreamId } from '../../crisis-streams';
import { ActivationEvent } from '../../domain/activation.events';
import { ActivationState } from '../../domain/activation.state';
import { activationView, ActivationView } from '../activations/activation.view';
import { EntryLabels, whatOf, whyOf } from './activation-timeline';

export interface TimelineEntry {
  revision: number;
  eventId: string;
  type: string;
  recordedAt: string;
  actor: string;
  /** What it did, in words the HTTP edge says in the reader's language. */
  what: Words;
  why: string | null;
  data: unknown;
}

export interface ActivationTimeline {
  at: string;
  exercise: boolean | null;
  entries: TimelineEntry[];
  eventsRecordedSince: number;
  state: ActivationView | null;
}

/**
 * The auditor's view: the activation replayed from its own stream (not the read model) up to a moment,
 * every event in order with who, when and why, and the state it added up to then.
 */
export class ReplayActivationTimeline extends Query<ActivationTimeline> {
  constructor(
    readonly activationId: string,
    readonly at: Date,
  ) {
    super();
  }
}

@QueryHandler(ReplayActivationTimeline)
export class ReplayActivationTimelineHandler implements IQueryHandler<ReplayActivationTimeline> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ activationId, at }: ReplayActivationTimeline): Promise<ActivationTimeline> {
    const events = await this.store.readStream(activationStreamId(activationId));
    // Stream order is recording order, so the prefix recorded by `at` is what was known then.
    const known = events.filter((e) => new Date(e.metadata.recordedAt).getTime() <= at.getTime());
    const { model } = ACTIVATION_STREAM;
    let state: ActivationState = model.initial;
    const labels = new EntryLabels();
    const entries = known.map((e) => {
      const event = { type: e.type, data: e.data } as ActivationEvent;
      state = model.evolve(state, event);
      labels.note(event);
      return {
        revision: e.revision,
        eventId: e.id,
        type: e.type,
        recordedAt: e.metadata.recordedAt,
        actor: e.metadata.actor,
        what: whatOf(event, labels),
        why: whyOf(event),
        data: e.data,
      };
    });
    const revision = known.length ? known[known.length - 1].revision : null;
    return {
      at: at.toISOString(),
      exercise: state.status === 'none' ? ((events[0]?.data as { exercise?: boolean } | undefined)?.exercise ?? null) : state.exercise,
      entries,
      eventsRecordedSince: events.length - known.length,
      state: state.status === 'none' ? null : activationView(state, revision!),
    };
  }
}
