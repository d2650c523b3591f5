import { Inject, Injectable } from '@nestjs/common';
import { Clock, CLOCK, EVENT_STORE, EventStore, NewEvent, WrongExpectedRevisionError } from '@vigil/event-store';
import { IncidentEvent } from '../domain/incident.events';
import { evolve, initial, IncidentState } from '../domain/incident.state';
import { incidentStreamId } from '../incident-stream';
import { CommandContext, CommandOutcome } from './command-context';
import { eventIdsFor } from './command-ids';

export type IncidentDecision = (state: IncidentState, now: Date) => IncidentEvent[];

/** Loads an incident stream, folds it, lets the slice's pure decide run, and appends the result. */
@Injectable()
export class IncidentCommandExecutor {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore, @Inject(CLOCK) private readonly clock: Clock) {}

  async execute(incidentId: string, context: CommandContext, decision: IncidentDecision): Promise<CommandOutcome> {
    const streamId = incidentStreamId(incidentId);
    const stored = await this.store.readStream(streamId);
    const revision = stored.length ? stored[stored.length - 1].revision : null;
    const ids = context.idempotencyKey ? eventIdsFor(1, context.idempotencyKey, streamId) : [];
    const earlier = ids.length ? stored.find((e) => e.id === ids[0]) : undefined;
    // A retry of a request that was already recorded answers as it did, even if the state moved on.
    if (earlier) return { incidentId, revision: earlier.revision, alreadyRecorded: true };
    if (context.expectedRevision !== undefined && context.expectedRevision !== revision) {
      throw new WrongExpectedRevisionError(streamId, context.expectedRevision, revision);
    }
    const state = stored.reduce<IncidentState>((s, e) => evolve(s, { type: e.type, data: e.data } as IncidentEvent), initial);
    const decided = decision(state, this.clock.now());
    const eventIds = eventIdsFor(decided.length, context.idempotencyKey, streamId);
    const events: NewEvent[] = decided.map((event, i) => ({
      id: eventIds[i],
      type: event.type,
      data: event.data,
      metadata: { actor: context.actor, correlationId: context.correlationId },
    }));
    const result = await this.store.appendToStream(streamId, events, { expectedRevision: revision ?? 'no-stream' });
    return { incidentId, revision: result.nextExpectedRevision, alreadyRecorded: result.alreadyStored };
  }

  /** True when the incident stream exists (for commands that point at another incident). */
  async exists(incidentId: string): Promise<boolean> {
    return (await this.store.streamRevision(incidentStreamId(incidentId))) !== null;
  }
}
