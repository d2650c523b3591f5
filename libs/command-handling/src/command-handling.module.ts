import { DynamicModule, Global, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CLOCK, Clock, EVENT_STORE, EventStore } from '@vigil/event-store';
import { CommandRunner, noUpcasting, Upcaster } from './command-runner';

function runnerProvider(upcast: Upcaster) {
  return { provide: CommandRunner, inject: [EVENT_STORE, CLOCK], useFactory: (store: EventStore, clock: Clock) => new CommandRunner(store, clock, { upcast }) };
}

/** The CommandBus and QueryBus, and the kernel's one command runner over the event store and clock. */
@Global()
@Module({
  imports: [CqrsModule.forRoot()],
  providers: [runnerProvider(noUpcasting)],
  exports: [CommandRunner],
})
export class CommandHandlingModule {
  /** The same, with the runner folding every stream through the contexts' composed upcasters (the platform's apps use this). */
  static withUpcasting(upcast: Upcaster): DynamicModule {
    return { module: CommandHandlingModule, global: true, imports: [CqrsModule.forRoot()], providers: [runnerProvider(upcast)], exports: [CommandRunner] };
  }
}
