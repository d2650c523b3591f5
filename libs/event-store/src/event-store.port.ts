/**
 * The event store port. Shaped like the EventStoreDB client (streams, revisions, a global
 * position of {commit, prepare}, catch-up subscriptions) so the PostgreSQL store and a later
 * EventStoreDB adapter pass the same contract suite.
 */

/** A staff member, named only by a pseudonymous reference (never a surname). */
export type StaffRef = string;

/**
 * Where an append expects the stream to be: absent, present, anything, or at an exact revision
 * (the revision of its last event; revisions start at 0).
 */
export type ExpectedRevision = 'no-stream' | 'stream-exists' | 'any' | number;

/** A position in the global log. `commit` orders transactions, `prepare` events within one. */
export interface Position {
  readonly commit: bigint;
  readonly prepare: bigint;
}

export const START: Position = Object.freeze({ commit: 0n, prepare: 0n });

/** What the writer says about an event; the store adds the time it was recorded. */
export interface EventMetadataInput {
  readonly actor: StaffRef;
  readonly correlationId: string;
  readonly causationId?: string | null;
}

export interface EventMetadata extends EventMetadataInput {
  readonly causationId: string | null;
  /** When the store recorded the event (the append's clock), as an ISO-8601 string. */
  readonly recordedAt: string;
  /** The version of the event's data shape; the type string ends in `.v<schemaVersion>`. */
  readonly schemaVersion: number;
}

export interface NewEvent<Data = unknown> {
  /** Client-chosen id; appending the same id again is a no-op (retry safety). */
  readonly id: string;
  /** Stable, versioned type name, e.g. `incidents.incident-reported.v1`. */
  readonly type: string;
  readonly data: Data;
  readonly metadata: EventMetadataInput;
}

export interface RecordedEvent<Data = unknown> {
  readonly id: string;
  readonly streamId: string;
  readonly revision: number;
  readonly position: Position;
  readonly type: string;
  readonly data: Data;
  readonly metadata: EventMetadata;
  /** Hex SHA-256 over this event's content and its stream predecessor's hash. */
  readonly hash: string;
  readonly previousHash: string | null;
}

export interface AppendResult {
  /** The revision of the stream's last event after the append. */
  readonly nextExpectedRevision: number;
  readonly position: Position;
  /** True when every event id was already stored with the same content: nothing new was written. */
  readonly alreadyStored: boolean;
}

export interface ReadStreamOptions {
  readonly direction?: 'forwards' | 'backwards';
  /** Inclusive; defaults to the start (forwards) or the end (backwards). */
  readonly fromRevision?: number;
  readonly maxCount?: number;
}

export interface ReadAllOptions {
  /** Exclusive: events strictly after this position. Defaults to the start. */
  readonly after?: Position;
  readonly maxCount?: number;
  /** Only streams whose id starts with `<category>-`, or with any of several (merged in log order). */
  readonly category?: CategoryFilter;
}

/** One category, or several read as one feed (like the client's stream-name filter with several prefixes). */
export type CategoryFilter = string | readonly string[];

/** A stream's category: its id up to the first `-` (`incident-<uuid>` is in `incident`), as the store files it. */
export const categoryOf = (streamId: string): string => streamId.split('-')[0];

/** The filter as a list, or undefined for the whole log. */
export const categoryList = (filter: CategoryFilter | undefined): readonly string[] | undefined =>
  filter === undefined ? undefined : typeof filter === 'string' ? [filter] : filter;

export interface SubscribeOptions extends ReadAllOptions {
  /** Events read per round trip while catching up. */
  readonly batchSize?: number;
}

/** A catch-up subscription: yields stored events in global order, then live ones, until closed. */
export interface Subscription extends AsyncIterable<RecordedEvent> {
  /** The same feed as pages (at most `batchSize` events each), for consumers that commit per page. */
  batches(): AsyncIterable<RecordedEvent[]>;
  close(): Promise<void>;
}

export interface StreamVerification {
  readonly streamId: string;
  readonly eventsChecked: number;
  readonly intact: boolean;
  /** The first revision whose stored hash does not match its content or its predecessor. */
  readonly firstBrokenRevision: number | null;
  readonly firstBrokenPosition: Position | null;
  readonly reason: string | null;
}

export interface EventStore {
  appendToStream(streamId: string, events: readonly NewEvent[], options: { expectedRevision: ExpectedRevision }): Promise<AppendResult>;
  /** Every event of one stream, in revision order (or reversed). An absent stream reads as empty. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /** The revision of the stream's last event, or null when the stream does not exist. */
  streamRevision(streamId: string): Promise<number | null>;
  /** A page of the global log, only events that no still-running transaction can precede. */
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  subscribeToAll(options?: SubscribeOptions): Subscription;
  verifyStream(streamId: string): Promise<StreamVerification>;
  close(): Promise<void>;
}

export function comparePositions(a: Position, b: Position): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}

export function positionToString(p: Position): string {
  return `${p.commit}/${p.prepare}`;
}

export function positionFromString(s: string): Position {
  const match = /^(\d+)\/(\d+)$/.exec(s);
  if (!match) throw new Error(`Not a position: "${s}" (expected "<commit>/<prepare>")`);
  return { commit: BigInt(match[1]), prepare: BigInt(match[2]) };
}

/** A store that decorates another (data protection seals texts on the way in); `innermost` finds the one underneath. */
export interface DecoratingEventStore extends EventStore {
  readonly inner: EventStore;
}

/** The store at the bottom of any decorators: what health checks and metrics ping. */
export function innermostStore(store: EventStore): EventStore {
  let current = store;
  while ('inner' in current && (current as DecoratingEventStore).inner) current = (current as DecoratingEventStore).inner;
  return current;
}
