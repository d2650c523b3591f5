import { consoleOutageLogger, OutageLog, OutageLogger, POOL_GUARD } from '@vigil/postgres';
import { Pool, PoolConfig } from 'pg';
import { Clock, systemClock } from '../clock';
import { InvalidEventError } from '../errors';
import {
  AppendResult,
  categoryList,
  categoryOf,
  EventStore,
  ExpectedRevision,
  NewEvent,
  Position,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  START,
  StreamVerification,
  SubscribeOptions,
  Subscription,
} from '../event-store.port';
import { validateAppend } from '../event-validation';
import { commitBatch } from './append-batch';
import { appendPayload } from './append-payload';
import { AppendNotifier } from './append-notifier';
import { GroupCommit, GroupCommitOptions } from './group-commit';
import { PollingSubscription } from './polling-subscription';
import { EVENT_COLUMNS, EVENT_TYPES, EventRow, toRecordedEvent } from './row-mapping';
import { verifyStreamRows, VerificationRow } from './stream-verifier';

export interface PostgresEventStoreOptions {
  readonly connectionString: string;
  readonly clock?: Clock;
  /** Upper bound on live-delivery delay when a notification is missed. */
  readonly pollIntervalMs?: number;
  readonly pool?: PoolConfig;
  /** Where subscriptions say, once per outage, that the database went away and came back (default: the console). */
  readonly logger?: OutageLogger;
  /** Longest pause between a subscription's reads while the database is unreachable (default 2 s). */
  readonly reconnectMaxMs?: number;
  /** How concurrent appends share transactions (see GroupCommit). */
  readonly groupCommit?: GroupCommitOptions;
}

const READABLE_AFTER = `(transaction_id, global_position) > ($1::xid8, $2::bigint)
    AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())`;

/**
 * A page of the global log after ($1, $2), at most $3 events: of every category, of category $4, or of the categories
 * in array $4. Several categories are read as one ordered index scan each, merged: a reaction reading two rare
 * categories reads only theirs, not the whole log between them.
 */
export const readPageSql = (filter: 'all' | 'one' | 'several'): string =>
  filter === 'several'
    ? `SELECT page.* FROM unnest($4::text[]) AS wanted(category)
  CROSS JOIN LATERAL (SELECT ${EVENT_COLUMNS} FROM event_store.events
    WHERE category = wanted.category AND ${READABLE_AFTER}
    ORDER BY transaction_id, global_position LIMIT $3) page
  ORDER BY page.transaction_id, page.global_position LIMIT $3`
    : `SELECT ${EVENT_COLUMNS} FROM event_store.events
  WHERE ${READABLE_AFTER}
    ${filter === 'one' ? 'AND category = $4' : ''}
  ORDER BY transaction_id, global_position LIMIT $3`;

/** The embedded default event store: PostgreSQL, schema `event_store`. */
export class PostgresEventStore implements EventStore {
  readonly pool: Pool;
  /** The pool that reads pages of the global log (subscriptions, readAll, the head): plans follow the log's indexes. */
  readonly logPool: Pool;
  private readonly notifier: AppendNotifier;
  private readonly clock: Clock;
  private readonly pollIntervalMs: number;
  /** Shared by every subscription of this store: one outage is one line in the log, however many subscribe. */
  private readonly outage: OutageLog;
  private readonly reconnectMaxMs: number;
  private readonly groupCommit: GroupCommit;

  constructor(options: PostgresEventStoreOptions) {
    // A connection that cannot be made within 5 s fails (and the API answers 503) rather than hanging on an unreachable host.
    const config: PoolConfig = { connectionString: options.connectionString, max: 10, connectionTimeoutMillis: 5_000, ...POOL_GUARD, ...options.pool };
    const settings = (extra: string) => `${config.options ?? ''} -c bytea_output=hex ${extra}`.trim(); // hashes are read as hex text (EVENT_TYPES)
    this.pool = new Pool({ ...config, options: settings('') });
    // Pages of the global log are read in index order. Planned on a new, restored or bulk-filled table before ANALYZE, a
    // category page was a bitmap scan sorting the category's remaining events (211 ms a page at 200k, 0.45 ms by the
    // index). Only the log's pages go without bitmap scans: a stream read with them off was a scan of the whole table
    // where a stream is a tenth of it (7.0 ms instead of 3.1 ms for 1,000 events).
    this.logPool = new Pool({ ...config, options: settings('-c enable_bitmapscan=off') });
    this.logPool.on('error', () => undefined);
    this.pool.on('error', () => undefined); // an idle client's failure surfaces on its next query instead
    this.notifier = new AppendNotifier({ connectionString: options.connectionString, connectionTimeoutMillis: 5_000 });
    this.clock = options.clock ?? systemClock;
    this.pollIntervalMs = options.pollIntervalMs ?? 250;
    this.outage = new OutageLog('Event store subscriptions: the database', options.logger ?? consoleOutageLogger);
    this.reconnectMaxMs = options.reconnectMaxMs ?? 2_000;
    const announce = (streamId: string) => this.notifier.announce((sql, params) => this.pool.query(sql, params), categoryOf(streamId));
    this.groupCommit = new GroupCommit((batch) => commitBatch(this.pool, batch, announce), options.groupCommit);
  }

  async appendToStream(streamId: string, events: readonly NewEvent[], options: { expectedRevision: ExpectedRevision }): Promise<AppendResult> {
    validateAppend(streamId, events);
    const expected = options.expectedRevision;
    if (typeof expected === 'number' && !(Number.isInteger(expected) && expected >= 0)) {
      throw new InvalidEventError(`Expected revision ${expected} is not a whole number >= 0`);
    }
    const recordedAt = this.clock.now().toISOString();
    const json = `{"s":${JSON.stringify(streamId)},"x":"${String(expected)}","r":"${recordedAt}","e":${appendPayload(events, recordedAt)}}`;
    return this.groupCommit.append(streamId, expected, json);
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const from = options.fromRevision ?? (backwards ? 2 ** 31 - 1 : 0);
    if (options.maxCount === undefined || options.fromRevision === undefined) return this.readRevisions(streamId, backwards, from, options.maxCount ?? null);
    // A page names its revision range too: a stream new since the last ANALYZE is otherwise planned as a
    // bitmap scan and a sort of the whole rest of the stream (20 ms and a disk sort for 10,000 events).
    const page = await this.readRevisions(streamId, backwards, from, options.maxCount, true);
    if (page.length === options.maxCount) return page;
    // Short: the end of the stream, or (in a tampered store only) a gap; read on past the range to be exact.
    const beyond = backwards ? from - options.maxCount : from + options.maxCount;
    if (backwards ? beyond < 0 : beyond > 2 ** 31 - 1) return page;
    return [...page, ...(await this.readRevisions(streamId, backwards, beyond, options.maxCount - page.length))];
  }

  private async readRevisions(streamId: string, backwards: boolean, from: number, maxCount: number | null, bounded = false): Promise<RecordedEvent[]> {
    const range = !bounded ? '' : backwards ? 'AND stream_revision > $2::bigint - $3::bigint' : 'AND stream_revision < $2::bigint + $3::bigint';
    const { rows } = await this.pool.query<EventRow>({
      text: `SELECT ${EVENT_COLUMNS} FROM event_store.events
        WHERE stream_id = $1 AND stream_revision ${backwards ? '<=' : '>='} $2 ${range}
        ORDER BY stream_revision ${backwards ? 'DESC' : 'ASC'} LIMIT $3`,
      values: [streamId, from, maxCount],
      rowMode: 'array',
      types: EVENT_TYPES,
    });
    return rows.map(toRecordedEvent);
  }

  async streamRevision(streamId: string): Promise<number | null> {
    const { rows } = await this.pool.query<{ revision: number | null }>(
      'SELECT max(stream_revision) AS revision FROM event_store.events WHERE stream_id = $1',
      [streamId],
    );
    return rows[0].revision;
  }

  readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    return this.readPage(options.after ?? START, options.maxCount ?? 1000, categoryList(options.category));
  }

  subscribeToAll(options: SubscribeOptions = {}): Subscription {
    return new PollingSubscription(
      (after, max, categories) => this.readPage(after, max, categories),
      this.notifier,
      options,
      this.pollIntervalMs,
      (after, categories) => this.hasUnreadEvents(after, categories),
      { outage: this.outage, maxMs: this.reconnectMaxMs },
    );
  }

  async verifyStream(streamId: string): Promise<StreamVerification> {
    const { rows } = await this.pool.query<VerificationRow>(
      `SELECT stream_revision, event_id::text, type, data::text AS data_text, metadata::text AS metadata_text,
              recorded_at, previous_hash, hash, transaction_id::text AS commit_position, global_position::text AS prepare_position
         FROM event_store.events WHERE stream_id = $1 ORDER BY stream_revision`,
      [streamId],
    );
    return verifyStreamRows(streamId, rows);
  }

  /** Every stream id, for verifying the whole store. */
  async streamIds(): Promise<string[]> {
    const { rows } = await this.pool.query<{ stream_id: string }>('SELECT DISTINCT stream_id FROM event_store.events ORDER BY stream_id');
    return rows.map((r) => r.stream_id);
  }

  /**
   * Committed events after `after` that a short page did not bring: held back by a still-running older transaction, or
   * readable since the page was read (their blocker committed in between, and their notification came before the
   * subscription's `seen`). One index seek from the position, per category on the category index.
   */
  async hasUnreadEvents(after: Position, categories?: readonly string[]): Promise<boolean> {
    const { rows } = await this.logPool.query<{ held: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM ${categories ? 'unnest($3::text[]) AS wanted(category) CROSS JOIN LATERAL' : ''}
          (SELECT 1 FROM event_store.events
            WHERE ${categories ? 'category = wanted.category AND' : ''} (transaction_id, global_position) > ($1::xid8, $2::bigint) LIMIT 1) held) AS held`,
      categories ? [after.commit.toString(), after.prepare.toString(), categories] : [after.commit.toString(), after.prepare.toString()],
    );
    return rows[0].held;
  }

  /** The last readable position, for progress reporting. */
  async headPosition(): Promise<Position> {
    const { rows } = await this.logPool.query<{ c: string; p: string }>(
      `SELECT transaction_id::text AS c, global_position::text AS p FROM event_store.events
        WHERE transaction_id < pg_snapshot_xmin(pg_current_snapshot())
        ORDER BY transaction_id DESC, global_position DESC LIMIT 1`,
    );
    return rows[0] ? { commit: BigInt(rows[0].c), prepare: BigInt(rows[0].p) } : START;
  }

  async close(): Promise<void> {
    await this.notifier.close();
    await Promise.all([this.pool.end(), this.logPool.end()]);
  }

  // Only events of transactions older than every running one: nothing can later commit before them.
  private async readPage(after: Position, maxCount: number, categories?: readonly string[]): Promise<RecordedEvent[]> {
    const params: unknown[] = [after.commit.toString(), after.prepare.toString(), maxCount];
    if (categories) params.push(categories.length === 1 ? categories[0] : categories);
    const text = readPageSql(!categories ? 'all' : categories.length === 1 ? 'one' : 'several');
    const { rows } = await this.logPool.query<EventRow>({ text, values: params, rowMode: 'array', types: EVENT_TYPES });
    return rows.map(toRecordedEvent);
  }
}
