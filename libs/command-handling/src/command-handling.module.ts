import { Global, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CLOCK, Clock, EVENT_STORE, EventStore } from '@vigil/event-store';
import { CommandRunner } from './command-runner';

/** The CommandBus and QueryBus, and the kernel's one command runner over the event store and clock. */
@Global()
@Module({
  imports: [CqrsModule.forRoot()],
  providers: [{ provide: CommandRunner, inject: [EVENT_STORE, CLOCK], useFactory: (store: EventStore, clock: Clock) => new CommandRunner(store, clock) }],
  exports: [CommandRunner],
})
export class CommandHandlingModule {}
