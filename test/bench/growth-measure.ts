import { PostgresEventStore } from '@vigil/event-store';
import { rebuildProjection } from '@vigil/projections';
import { randomInt } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { benchNewEvent, EVENTS_PER_STREAM } from './bench-events';
import { GROWTH_CATEGORY } from './growth-fill';
import { LatencySummary, summarize } from './stats';
import { BatchedStreamCountsProjection } from './stream-counts.projection';

const WARMUP_APPENDS = 20;
const WARMUP_READS = 5;
export const READS = 50;
export const READ_STREAM = 'growthread-1';
export const READ_STREAM_EVENTS = 1000;
const READ_STREAM_PER_APPEND = 10;
/** The rebuild's page size (rebuildProjection's default). */
export const REBUILD_PAGE = 1000;

export interface AppendRep {
  readonly newStream: LatencySummary;
  readonly existingStream: LatencySummary;
}

export interface RebuildRep {
  readonly events: number;
  readonly seconds: number;
}

/** Revisions of the filled streams that the measured appends have grown past 9 (a filled stream holds revisions 0..9). */
export class ExistingStreams {
  private readonly grown = new Map<number, number>();
  full = 0;

  /** A random full stream of the whole store, and the revision it ends at. */
  pick(): { streamId: string; revision: number; take: () => void } {
    if (this.full === 0) throw new Error('no filled stream to append to: the first size holds fewer than 10 events');
    const k = randomInt(0, this.full);
    const revision = this.grown.get(k) ?? EVENTS_PER_STREAM - 1;
    return { streamId: `${GROWTH_CATEGORY}-${k}`, revision, take: () => this.grown.set(k, revision + 1) };
  }
}

/**
 * One writer, one event per append, interleaved: a new stream (expected no-stream), then a random filled stream (expected
 * its last revision), `appends` timed of each after an untimed warm-up.
 */
export async function measureAppends(store: PostgresEventStore, existing: ExistingStreams, tag: string, appends: number): Promise<AppendRep> {
  const fresh: number[] = [];
  const old: number[] = [];
  for (let i = 0; i < WARMUP_APPENDS + appends; i++) {
    const t0 = performance.now();
    await store.appendToStream(`growthnew-${tag}x${i}`, [benchNewEvent()], { expectedRevision: 'no-stream' });
    const t1 = performance.now();
    const target = existing.pick();
    await store.appendToStream(target.streamId, [benchNewEvent()], { expectedRevision: target.revision });
    const t2 = performance.now();
    target.take();
    if (i < WARMUP_APPENDS) continue;
    fresh.push(t1 - t0);
    old.push(t2 - t1);
  }
  return { newStream: summarize(fresh), existingStream: summarize(old) };
}

/** The 1,000-event stream every size reads: appended once, 10 events per append, after the first fill. */
export async function appendReadStream(store: PostgresEventStore): Promise<void> {
  for (let from = 0; from < READ_STREAM_EVENTS; from += READ_STREAM_PER_APPEND) {
    const events = Array.from({ length: READ_STREAM_PER_APPEND }, benchNewEvent);
    await store.appendToStream(READ_STREAM, events, { expectedRevision: from === 0 ? 'no-stream' : from - 1 });
  }
}

export async function measureReads(store: PostgresEventStore): Promise<LatencySummary> {
  const latencies: number[] = [];
  for (let i = 0; i < WARMUP_READS + READS; i++) {
    const t0 = performance.now();
    const events = await store.readStream(READ_STREAM);
    const ms = performance.now() - t0;
    if (events.length !== READ_STREAM_EVENTS) throw new Error(`readStream returned ${events.length} events, expected ${READ_STREAM_EVENTS}`);
    if (i >= WARMUP_READS) latencies.push(ms);
  }
  return summarize(latencies);
}

/** rebuildProjection (shadow tables, then the swap) of the page-writing stream-counts read model over every stored event. */
export async function measureRebuild(
  store: PostgresEventStore,
  dataSource: DataSource,
  expected: number,
  onPage: (processed: number) => void,
): Promise<RebuildRep> {
  const projection = new BatchedStreamCountsProjection();
  const started = performance.now();
  const { processed } = await rebuildProjection(store, dataSource, projection, ({ processed }) => onPage(processed), REBUILD_PAGE);
  const seconds = (performance.now() - started) / 1000;
  const [counts] = await dataSource.query('SELECT coalesce(sum(events), 0)::bigint::text AS events FROM bench_stream_counts');
  if (processed !== expected || Number(counts.events) !== expected) {
    throw new Error(`rebuild processed ${processed} events and the read model counts ${counts.events}, expected ${expected}`);
  }
  return { events: processed, seconds };
}
