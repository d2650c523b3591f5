import { Inject, Injectable } from '@nestjs/common';
import { Clock, CLOCK, EVENT_STORE, EventStore, NewEvent, RecordedEvent, WrongExpectedRevisionError } from '@vigil/event-store';
import { eventIdsFor } from './command-ids';
import { foldRecorded, StreamModel } from './stream-models';

/** What every crisis-readiness command carries besides its own fields. */
export interface CommandContext {
  readonly actor: string;
  /** The revision the client last saw (If-Match or body); a stale one is refused with 409. */
  readonly expectedRevision?: number;
  readonly idempotencyKey?: string;
  readonly correlationId: string;
}

export interface CommandOutcome<S = unknown> {
  readonly revision: number;
  readonly alreadyRecorded: boolean;
  /** The stream's state after the command, for the response. */
  readonly state: S;
}

/** Reads a stream, folds it, runs a slice's pure decide and appends with the revision it folded. */
@Injectable()
export class StreamExecutor {
  constructor(@Inject(EVENT_STORE) readonly store: EventStore, @Inject(CLOCK) readonly clock: Clock) {}

  async load<S, E extends { type: string; data: unknown }>(streamId: string, model: StreamModel<S, E>): Promise<{ state: S; revision: number | null; events: RecordedEvent[] }> {
    const events = await this.store.readStream(streamId);
    return { state: foldRecorded(model, events), revision: events.length ? events[events.length - 1].revision : null, events };
  }

  async execute<S, E extends { type: string; data: unknown }>(streamId: string, model: StreamModel<S, E>, context: CommandContext, decide: (state: S, now: Date) => E[]): Promise<CommandOutcome<S>> {
    const { state, revision, events: stored } = await this.load(streamId, model);
    const [firstId] = context.idempotencyKey ? eventIdsFor(1, context.idempotencyKey, streamId) : [];
    // A retry of a recorded request answers as it did, even if the stream moved on since.
    const earlier = firstId ? stored.find((e) => e.id === firstId) : undefined;
    if (earlier) return { revision: earlier.revision, alreadyRecorded: true, state };
    if (context.expectedRevision !== undefined && context.expectedRevision !== revision) throw new WrongExpectedRevisionError(streamId, context.expectedRevision, revision);
    const decided = decide(state, this.clock.now());
    const ids = eventIdsFor(decided.length, context.idempotencyKey, streamId);
    const events: NewEvent[] = decided.map((e, i) => ({ id: ids[i], type: e.type, data: e.data, metadata: { actor: context.actor, correlationId: context.correlationId } }));
    const result = await this.store.appendToStream(streamId, events, { expectedRevision: revision ?? 'no-stream' });
    return { revision: result.nextExpectedRevision, alreadyRecorded: result.alreadyStored, state: decided.reduce(model.evolve, state) };
  }
}
