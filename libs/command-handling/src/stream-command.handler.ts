import { Inject } from '@nestjs/common';
import { DomainEvent } from '@vigil/event-sourcing';
import { CommandOutcome, CommandRunner } from './command-runner';
import { PayloadOf, StateOf, StreamCommand } from './stream-command';
import { StreamKind } from './stream-kind';

/**
 * The one handler implementation every use case's @CommandHandler extends: it names the stream kind
 * and the slice's pure decide; the kernel's runner does load, fold, decide and append.
 */
export abstract class StreamCommandHandler<C extends StreamCommand<any, any>> {
  @Inject(CommandRunner) protected readonly runner: CommandRunner;
  protected abstract readonly stream: StreamKind<PayloadOf<C>, StateOf<C>, any>;
  protected abstract decide(payload: PayloadOf<C>, state: StateOf<C>, now: Date): DomainEvent[];

  execute(command: C): Promise<CommandOutcome<StateOf<C>>> {
    const { model, namespace } = this.stream;
    const decide = (state: StateOf<C>, now: Date) => this.decide(command.payload, state, now);
    return this.runner.run({ streamId: this.stream.streamOf(command.payload), model, namespace, decide }, command.meta);
  }
}
