import { RecordedEvent } from '@vigil/event-store';
import { Projection } from '@vigil/projections';
import { EntityManager } from 'typeorm';

export const CREATE_BENCH_STREAM_COUNTS_SQL = `
CREATE TABLE bench_stream_counts (
  stream_id     text PRIMARY KEY,
  events        integer NOT NULL,
  last_revision integer NOT NULL
)`;

/** The simplest useful read model: one row per stream with its event count, one upsert per event. */
export class StreamCountsProjection implements Projection {
  readonly name: string = 'bench.stream-counts';
  readonly tables = ['bench_stream_counts'];

  async handle(event: RecordedEvent, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO bench_stream_counts (stream_id, events, last_revision) VALUES ($1, 1, $2)
       ON CONFLICT (stream_id) DO UPDATE SET events = bench_stream_counts.events + 1, last_revision = excluded.last_revision`,
      [event.streamId, event.revision],
    );
  }
}

/** The same read model written a page at a time: one multi-row upsert of each stream's count and last revision. */
export class BatchedStreamCountsProjection extends StreamCountsProjection {
  override readonly name = 'bench.stream-counts-batched';

  async handleBatch(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    const streams = new Map<string, { events: number; last: number }>();
    for (const event of events) {
      const seen = streams.get(event.streamId);
      if (seen) {
        seen.events += 1;
        seen.last = event.revision;
      } else streams.set(event.streamId, { events: 1, last: event.revision });
    }
    await manager.query(
      `INSERT INTO bench_stream_counts (stream_id, events, last_revision) SELECT * FROM unnest($1::text[], $2::int[], $3::int[])
       ON CONFLICT (stream_id) DO UPDATE SET events = bench_stream_counts.events + excluded.events, last_revision = excluded.last_revision`,
      [[...streams.keys()], [...streams.values()].map((s) => s.events), [...streams.values()].map((s) => s.last)],
    );
  }
}
