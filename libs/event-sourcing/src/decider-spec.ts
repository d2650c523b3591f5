import { DomainEvent, fold, StreamModel } from './domain-event';

/** Given these events happened, the state a decider sees: the given half of given/when/then. */
export function givenFor<S, E extends DomainEvent>(model: StreamModel<S, E>): (...events: E[]) => S {
  return (...events) => fold(model, events);
}

/** The domain error a call throws (fails when it throws nothing): the then half for refusals. */
export function errorOf(call: () => unknown): { code?: string; field?: string; message?: string } {
  try {
    call();
  } catch (error) {
    return error as { code?: string; field?: string; message?: string };
  }
  throw new Error('expected the command to be refused, but it was accepted');
}
