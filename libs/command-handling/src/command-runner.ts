import { Clock, EventIdConflictError, EventStore, NewEvent, RecordedEvent, WrongExpectedRevisionError } from '@vigil/event-store';
import { deterministicUuid, DomainError, DomainEvent, fold, StaleRevisionError, StreamModel } from '@vigil/event-sourcing';
import { randomUUID } from 'node:crypto';

/** Who asks, under which request, and what the caller saw: everything a command carries besides its fields. */
export interface CommandMeta {
  /** The acting staff member's (or workflow's) pseudonymous reference: the author of every event. */
  readonly actor: string;
  readonly correlationId: string;
  readonly causationId?: string | null;
  /** The revision the caller last saw; a stale one is refused with the current state. */
  readonly expectedRevision?: number;
  /** A retried request with the same key answers as the first one did and stores nothing new. */
  readonly idempotencyKey?: string;
  /** Event ids chosen by a workflow (say, from the event it reacts to): the i-th decided event gets eventIds(i). */
  readonly eventIds?: (index: number) => string;
}

/** One use case on one stream: where, folded how, decided how. */
export interface StreamCommandSpec<S, E extends DomainEvent> {
  readonly streamId: string;
  readonly model: StreamModel<S, E>;
  /** The context's idempotency namespace (part of every key-derived event id). */
  readonly namespace: string;
  decide(state: S, now: Date): E[];
}

export interface CommandOutcome<S = unknown> {
  readonly streamId: string;
  /** The stream's revision after the command (the ETag). */
  readonly revision: number;
  /** True when an earlier request with the same key (or event ids) already did this. */
  readonly alreadyRecorded: boolean;
  /** The stream's state after the command. */
  readonly state: S;
}

export interface LoadedStream<S> {
  readonly state: S;
  readonly revision: number | null;
  readonly events: RecordedEvent[];
}

/** Stored events pass through here before any fold: the one place upcasters go. */
export type Upcaster = (event: RecordedEvent) => DomainEvent;

export const noUpcasting: Upcaster = (event) => ({ type: event.type, data: event.data });

export interface CommandRunnerOptions {
  /** How often a command without an expected revision is decided again after losing a race. */
  readonly maxAttempts?: number;
  readonly upcast?: Upcaster;
}

/**
 * The one command handler: load the stream, fold it, decide, append with the revision it folded.
 * Idempotency comes from deterministic event ids; a lost race is retried when the caller named no
 * revision, and otherwise answered with what the stream holds now.
 */
export class CommandRunner {
  private readonly maxAttempts: number;
  private readonly upcast: Upcaster;

  constructor(
    readonly store: EventStore,
    readonly clock: Clock,
    options: CommandRunnerOptions = {},
  ) {
    this.maxAttempts = options.maxAttempts ?? 5;
    this.upcast = options.upcast ?? noUpcasting;
  }

  async load<S, E extends DomainEvent>(streamId: string, model: StreamModel<S, E>): Promise<LoadedStream<S>> {
    const events = await this.store.readStream(streamId);
    return { state: fold(model, events.map(this.upcast)), revision: events.length ? events[events.length - 1].revision : null, events };
  }

  async run<S, E extends DomainEvent>(spec: StreamCommandSpec<S, E>, meta: CommandMeta): Promise<CommandOutcome<S>> {
    const idOf = this.idSource(spec, meta);
    for (let attempt = 1; ; attempt++) {
      const loaded = await this.load(spec.streamId, spec.model);
      const earlier = this.earlier(loaded, idOf);
      // A retry of a recorded request answers as it did, even if the stream moved on since.
      if (earlier) return earlier;
      if (meta.expectedRevision !== undefined && meta.expectedRevision !== loaded.revision) {
        throw new StaleRevisionError(spec.streamId, meta.expectedRevision, loaded.revision, loaded.state);
      }
      const decided = this.decide(spec, loaded);
      if (!decided.length) return { streamId: spec.streamId, revision: loaded.revision ?? -1, alreadyRecorded: true, state: loaded.state };
      const events: NewEvent[] = decided.map((e, i) => ({ id: idOf?.(i) ?? randomUUID(), type: e.type, data: e.data, metadata: this.metadata(meta) }));
      try {
        const result = await this.store.appendToStream(spec.streamId, events, { expectedRevision: loaded.revision ?? 'no-stream' });
        return {
          streamId: spec.streamId,
          revision: result.nextExpectedRevision,
          alreadyRecorded: result.alreadyStored,
          state: decided.reduce(spec.model.evolve, loaded.state),
        };
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError || error instanceof EventIdConflictError)) throw error;
        const now = await this.load(spec.streamId, spec.model);
        // Concurrent copies of one keyed request: the one that lost answers as the winner did.
        const winner = this.earlier(now, idOf);
        if (winner) return winner;
        if (error instanceof EventIdConflictError) throw error;
        if (meta.expectedRevision !== undefined || attempt >= this.maxAttempts) {
          throw new StaleRevisionError(spec.streamId, loaded.revision, now.revision, now.state);
        }
      }
    }
  }

  private idSource(spec: StreamCommandSpec<unknown, DomainEvent>, meta: CommandMeta): ((i: number) => string) | null {
    if (meta.eventIds) return meta.eventIds;
    const key = meta.idempotencyKey;
    return key ? (i) => deterministicUuid(spec.namespace, spec.streamId, key, String(i)) : null;
  }

  private earlier<S>(loaded: LoadedStream<S>, idOf: ((i: number) => string) | null): CommandOutcome<S> | null {
    if (!idOf) return null;
    const first = idOf(0);
    const found = loaded.events.find((e) => e.id === first);
    return found ? { streamId: found.streamId, revision: found.revision, alreadyRecorded: true, state: loaded.state } : null;
  }

  private decide<S, E extends DomainEvent>(spec: StreamCommandSpec<S, E>, loaded: LoadedStream<S>): E[] {
    try {
      return spec.decide(loaded.state, this.clock.now());
    } catch (error) {
      // A refusal answers with what the record holds now, so the client need not read again.
      if (error instanceof DomainError) error.current = { revision: loaded.revision, state: loaded.state };
      throw error;
    }
  }

  private metadata(meta: CommandMeta) {
    return { actor: meta.actor, correlationId: meta.correlationId, ...(meta.causationId ? { causationId: meta.causationId } : {}) };
  }
}
