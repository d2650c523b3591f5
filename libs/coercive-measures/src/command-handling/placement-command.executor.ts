import { Inject, Injectable } from '@nestjs/common';
import { Clock, CLOCK, EVENT_STORE, EventStore, NewEvent, WrongExpectedRevisionError } from '@vigil/event-store';
import { PlacementEvent } from '../domain/placement.events';
import { evolve, initial, PlacementState } from '../domain/placement.state';
import { placementStreamId } from '../placement-stream';
import { eventIdsFor } from './command-ids';
import { CommandRequestInfo } from './request-context';

export type PlacementDecision = (state: PlacementState, now: Date) => PlacementEvent[];

export interface PlacementCommandContext extends CommandRequestInfo {
  /** The acting staff member's pseudonymous reference: the author of every event the command appends. */
  actor: string;
  /** The revision the user last saw; a stale one is refused with 409. */
  expectedRevision?: number;
}

export interface PlacementCommandOutcome {
  placementId: string;
  revision: number;
  alreadyRecorded: boolean;
}

/** Loads a placement stream, folds it, lets the slice's pure decide run, and appends with the folded revision. */
@Injectable()
export class PlacementCommandExecutor {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(placementId: string, context: PlacementCommandContext, decision: PlacementDecision): Promise<PlacementCommandOutcome> {
    const streamId = placementStreamId(placementId);
    const stored = await this.store.readStream(streamId);
    const revision = stored.length ? stored[stored.length - 1].revision : null;
    const ids = context.idempotencyKey ? eventIdsFor(1, context.idempotencyKey, streamId) : [];
    const earlier = ids.length ? stored.find((e) => e.id === ids[0]) : undefined;
    // A retry of a request that was already recorded answers as it did, even if the case moved on.
    if (earlier) return { placementId, revision: earlier.revision, alreadyRecorded: true };
    if (context.expectedRevision !== undefined && context.expectedRevision !== revision) {
      throw new WrongExpectedRevisionError(streamId, context.expectedRevision, revision);
    }
    const state = stored.reduce<PlacementState>((s, e) => evolve(s, { type: e.type, data: e.data } as PlacementEvent), initial);
    const decided = decision(state, this.clock.now());
    const eventIds = eventIdsFor(decided.length, context.idempotencyKey, streamId);
    const events: NewEvent[] = decided.map((event, i) => ({
      id: eventIds[i],
      type: event.type,
      data: event.data,
      metadata: { actor: context.actor, correlationId: context.correlationId },
    }));
    const result = await this.store.appendToStream(streamId, events, { expectedRevision: revision ?? 'no-stream' });
    return { placementId, revision: result.nextExpectedRevision, alreadyRecorded: result.alreadyStored };
  }
}
