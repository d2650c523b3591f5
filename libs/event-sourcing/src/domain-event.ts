/** What a decider emits and folds: a stable, versioned type name and its data. */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
}

/** How one stream's state is folded from its events. */
export interface StreamModel<S, E extends DomainEvent> {
  readonly initial: S;
  evolve(state: S, event: E): S;
}

/** A use case's pure rule: the command, the folded state and the time give the events to record. */
export type Decide<C, S, E extends DomainEvent> = (command: C, state: S, now: Date) => E[];

/** A whole decider: initial state, evolve and decide, the shape every context's domain follows. */
export interface Decider<C, S, E extends DomainEvent> extends StreamModel<S, E> {
  decide: Decide<C, S, E>;
}

/** Folds events (domain or stored) into the model's state. */
export function fold<S, E extends DomainEvent>(model: StreamModel<S, E>, events: Iterable<DomainEvent>): S {
  let state = model.initial;
  for (const event of events) state = model.evolve(state, { type: event.type, data: event.data } as E);
  return state;
}
