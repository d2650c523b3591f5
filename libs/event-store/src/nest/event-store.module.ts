import { DynamicModule, Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { Clock, systemClock } from '../clock';
import { EventStore } from '../event-store.port';
import { PostgresEventStore } from '../postgres/postgres-event-store';

export const EVENT_STORE = Symbol('EVENT_STORE');
export const CLOCK = Symbol('CLOCK');

export interface EventStoreModuleOptions {
  readonly connectionString: string;
  readonly clock?: Clock;
  /** Wraps the store every command appends through (data protection seals personal texts on the way in). */
  readonly wrap?: (store: EventStore) => EventStore;
}

/** Provides the event store (PostgreSQL, the embedded default) and the clock commands use. */
@Global()
@Module({})
export class EventStoreModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  static forRoot(options: EventStoreModuleOptions): DynamicModule {
    const clock = options.clock ?? systemClock;
    return {
      module: EventStoreModule,
      providers: [
        { provide: CLOCK, useValue: clock },
        {
          provide: EVENT_STORE,
          useFactory: () => {
            const store = new PostgresEventStore({ connectionString: options.connectionString, clock, logger: new Logger('EventStore') });
            return options.wrap ? options.wrap(store) : store;
          },
        },
      ],
      exports: [EVENT_STORE, CLOCK],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
