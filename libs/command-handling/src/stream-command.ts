import { Command } from '@nestjs/cqrs';
import { CommandMeta, CommandOutcome } from './command-runner';

/** A use case on one stream, dispatched on the CommandBus: its own fields, and who asks under which request. */
export abstract class StreamCommand<Payload, State = unknown> extends Command<CommandOutcome<State>> {
  constructor(
    readonly payload: Payload,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}

export type PayloadOf<C> = C extends StreamCommand<infer P, unknown> ? P : never;
export type StateOf<C> = C extends StreamCommand<unknown, infer S> ? S : never;
