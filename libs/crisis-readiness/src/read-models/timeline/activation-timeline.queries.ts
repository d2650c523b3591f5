import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, EventStore } from '@vigil/event-store';
import { activationStreamId } from '../../crisis-streams';
import { ActivationEvent } from '../../domain/activation.events';
import { evolveActivation, initialActivation } from '../../domain/activation.state';
import { activationView } from '../activations/activation.view';
import { whatOf, whyOf } from './activation-timeline';

/**
 * The auditor's view: the activation replayed from its own stream (not the read model) up to a moment,
 * every event in order with who, when and why, and the state it added up to then.
 */
@Injectable()
export class ActivationTimelineQueries {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async replay(activationId: string, at: Date) {
    const events = await this.store.readStream(activationStreamId(activationId));
    const known = events.filter((e) => new Date(e.metadata.recordedAt).getTime() <= at.getTime());
    let state = initialActivation;
    const entries = known.map((e) => {
      const event = { type: e.type, data: e.data } as ActivationEvent;
      state = evolveActivation(state, event);
      return { revision: e.revision, eventId: e.id, type: e.type, recordedAt: e.metadata.recordedAt, actor: e.metadata.actor, what: whatOf(event), why: whyOf(event), data: e.data };
    });
    const revision = known.length ? known[known.length - 1].revision : null;
    return {
      at: at.toISOString(),
      exercise: state.status === 'none' ? (events[0]?.data as { exercise?: boolean } | undefined)?.exercise ?? null : state.exercise,
      entries,
      eventsRecordedSince: events.length - known.length,
      state: state.status === 'none' ? null : activationView(state, revision!),
    };
  }
}
