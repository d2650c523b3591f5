import { DomainEvent, StreamModel } from '@vigil/event-sourcing';

/** One kind of stream in a context: how its id is formed from a command, how it folds, its idempotency namespace. */
export interface StreamKind<Payload, State, Event extends DomainEvent = DomainEvent> {
  readonly model: StreamModel<State, Event>;
  readonly namespace: string;
  streamOf(payload: Payload): string;
}
