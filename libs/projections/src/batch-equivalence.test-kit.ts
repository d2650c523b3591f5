import { RecordedEvent } from '@vigil/event-store';
import { Client, Notification } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { applyEvents, Projection } from './projection';

/**
 * The harness the `*.batch.int-spec.ts` specs share to prove that a projection's page-at-a-time `handleBatch`
 * builds the same read model as its per-event reference: a global log, replays, pages of several sizes.
 */

type DomainEvent = { type: string; data: unknown };
/** Writes one page of events inside the given transaction. */
export type ApplyPage = (manager: EntityManager, page: readonly RecordedEvent[]) => Promise<void>;
/** Records an event on a stream at the next global position. */
export type RecordEvent = (streamId: string, revision: number, event: DomainEvent) => RecordedEvent;

/** By default the n-th event is recorded n minutes after noon on 2026-03-20. */
const minutesPastNoon = (position: number) => new Date(Date.UTC(2026, 2, 20, 12, position)).toISOString();

/** A recorder whose events take growing positions (and ids derived from them), all by one actor. */
export function recordedEvents(actor: string, recordedAt: (position: number) => string = minutesPastNoon): RecordEvent {
  let position = 0n;
  return (streamId, revision, event) => {
    position += 1n;
    return {
      id: `00000000-0000-4000-8000-${position.toString().padStart(12, '0')}`,
      streamId,
      revision,
      position: { commit: position, prepare: position },
      type: event.type,
      data: event.data,
      metadata: { actor, correlationId: 'c', causationId: null, recordedAt: recordedAt(Number(position)), schemaVersion: 1 },
      hash: 'h',
      previousHash: null,
    };
  };
}

/** An event of a kind the projection does not know, slipped into the log once it holds `after` events. */
export interface ForeignEvent {
  after: number;
  streamId: string;
  revision: number;
  event: DomainEvent;
}

/** The streams (by stream id) interleaved round-robin, as the global log mixes them, optionally with a foreign event among them. */
export function interleave(record: RecordEvent, streams: readonly (readonly [string, readonly DomainEvent[]])[], foreign?: ForeignEvent): RecordedEvent[] {
  const queues = streams.map(([streamId, events]) => events.map((event, revision) => ({ streamId, event, revision })));
  const out: RecordedEvent[] = [];
  while (queues.some((queue) => queue.length)) {
    for (const queue of queues) {
      const next = queue.shift();
      if (next) out.push(record(next.streamId, next.revision, next.event));
    }
    if (foreign && out.length === foreign.after) out.push(record(foreign.streamId, foreign.revision, foreign.event));
  }
  return out;
}

/** The events cut into pages whose sizes cycle through `sizes`. */
export function pagesOf(events: readonly RecordedEvent[], sizes: readonly number[]): RecordedEvent[][] {
  const pages: RecordedEvent[][] = [];
  for (let i = 0, k = 0; i < events.length; k++) {
    const size = sizes[k % sizes.length];
    pages.push(events.slice(i, i + size));
    i += size;
  }
  return pages;
}

/** The page-size plans every spec runs (one page each, small, odd, the whole sequence, mixed), as `it.each` rows. */
export const pageSizePlans = (sequence: readonly unknown[]): [number[]][] => [[[1]], [[3]], [[7]], [[sequence.length]], [[2, 5, 1, 9]]];

/** The reference's `handle`, one event after the other, over the page. */
export const eventByEvent =
  (reference: { handle(event: RecordedEvent, manager: EntityManager): Promise<void> }): ApplyPage =>
  (manager, page) =>
    page.reduce((done, event) => done.then(() => reference.handle(event, manager)), Promise.resolve());

/** The projection's batch path over the page, as the runner applies it. */
export const asBatch =
  (projection: Projection): ApplyPage =>
  (manager, page) =>
    applyEvents(projection, page, manager);

/** Each page in a transaction of its own. */
export async function applyPages(dataSource: DataSource, pages: readonly RecordedEvent[][], apply: ApplyPage): Promise<void> {
  for (const page of pages) await dataSource.transaction((manager) => apply(manager, page));
}

/** Every row of each table (name to ORDER BY key), so two read models compare as plain values. */
export async function readTables(dataSource: DataSource, tables: Record<string, string>): Promise<Record<string, unknown[]>> {
  const rows: Record<string, unknown[]> = {};
  for (const [table, key] of Object.entries(tables)) rows[table] = await dataSource.query(`SELECT * FROM ${table} ORDER BY ${key}`);
  return rows;
}

/** A LISTEN connection on a projection's channel; `settle` returns what arrived on it since the last call. */
export interface ChannelListener {
  settle(): Promise<Notification[]>;
  end(): Promise<void>;
}

/** Listens on `channel`; a mark sent on `markChannel` through the data source arrives after every NOTIFY committed before it. */
export async function listenWithMarks(url: string, dataSource: DataSource, channel: string, markChannel: string): Promise<ChannelListener> {
  const received: Notification[] = [];
  let marks = 0;
  const listener = new Client({ connectionString: url });
  await listener.connect();
  listener.on('notification', (message) => received.push(message));
  await listener.query(`LISTEN ${channel}`);
  await listener.query(`LISTEN ${markChannel}`);
  return {
    async settle() {
      const mark = String(++marks);
      await dataSource.query('SELECT pg_notify($1, $2)', [markChannel, mark]);
      for (let i = 0; !received.some((m) => m.channel === markChannel && m.payload === mark); i++) {
        if (i > 500) throw new Error('the mark notification did not arrive');
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      return received.splice(0).filter((m) => m.channel === channel);
    },
    end: () => listener.end(),
  };
}
