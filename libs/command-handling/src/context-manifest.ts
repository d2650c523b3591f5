import { DynamicModule, INestApplicationContext, Type } from '@nestjs/common';
import { PersonalDataMap, UpcasterMap } from '@vigil/event-sourcing';
import { EventStore, PostgresEventStore, PostgresEventStoreOptions } from '@vigil/event-store';
import { ProblemMapper } from '@vigil/http-problems';
import { ContractReaction, Publication } from '@vigil/messaging';
import { Projection } from '@vigil/projections';

/**
 * What a context's loaders get: the app, the database, and where to say what they did. `npm start` runs the loaders after
 * the migrations but before the app's init (so its projections catch up on the demo data afterwards, in pages): write
 * through the event store, as the loaders do, not the CommandBus, whose handlers register at init.
 */
export interface ContextStart {
  readonly app: INestApplicationContext;
  readonly databaseUrl: string;
  log(line: string): void;
  /** An event store on the database that seals personal texts as the apps' does (loaders pass their own clock). */
  openStore: StoreOpener;
}

/** Opens an event store with a loader's own clock (and pool); the apps' one seals personal texts. */
export type StoreOpener = (options?: Omit<PostgresEventStoreOptions, 'connectionString'>) => EventStore;

/** The loader's store: through the apps' opener when given one, else a plain store (tests that seed directly). */
export function openLoaderStore(databaseUrl: string, options: Omit<PostgresEventStoreOptions, 'connectionString'>, opener?: StoreOpener): EventStore {
  return opener ? opener(options) : new PostgresEventStore({ ...options, connectionString: databaseUrl });
}

/** Something a context loads at start: reference data always, demo data when asked for. */
export type ContextLoader = (start: ContextStart) => Promise<void>;

/** A figure operators watch (open and overdue deadlines, say), read from the context's read model on each scrape. */
export interface ContextGauge {
  /** Prometheus name, `vigil_` prefixed. */
  readonly name: string;
  readonly help: string;
  /** Returns rows of `value` plus one column per label. */
  readonly sql: string;
  readonly labels?: readonly string[];
}

/**
 * Everything a bounded context plugs into the apps: one of these per context, listed once in
 * `libs/platform/src/contexts.ts`. Apps iterate that list; nothing else names a context.
 */
export interface VigilContext {
  /** The context's folder under libs/ (the dependency rules read the same name). */
  readonly name: string;
  /** Controllers, command and query handlers: imported by the API. */
  readonly http: Type<unknown>;
  /** Command and query handlers on their own, for apps without HTTP (the worker's workflows dispatch commands). */
  readonly commands?: Type<unknown>;
  /** Background jobs (deadline workers, reactions) that run beside the projections. */
  readonly workers?: readonly DynamicModule[];
  readonly projections: readonly Projection[];
  /** TypeORM migrations of its read models; the apps order all migrations by their timestamp. */
  readonly migrations: readonly Type<unknown>[];
  /** How its domain errors read as HTTP problems. */
  readonly problems?: readonly ProblemMapper[];
  /** What it sends to Kafka (through the relay) or feeds in-process. */
  readonly publications?: readonly Publication[];
  /** How it reacts to other contexts' contracts (in-process, checkpointed, in log order). */
  readonly reactions?: readonly ContractReaction[];
  /** What operators see of it at /metrics. */
  readonly gauges?: readonly ContextGauge[];
  /** Reference data every installation needs (starter libraries, baseline rule sets), loaded idempotently. */
  readonly reference?: ContextLoader;
  /** Demo data for `npm start`, loaded into an empty store. */
  readonly demo?: ContextLoader;
  /**
   * How its older stored event types read as the current ones (v1 → v2, keyed by the stored type). The platform composes
   * every context's into one chain that the command runner, the projections and the publications read through; stored
   * bytes are never rewritten.
   */
  readonly upcasters?: UpcasterMap;
  /** Which fields of its event types hold personal data (sealed under the record's key) and which free texts do not. */
  readonly personalData?: PersonalDataMap;
}
