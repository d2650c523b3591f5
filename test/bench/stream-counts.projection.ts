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
  readonly name = 'bench.stream-counts';
  readonly tables = ['bench_stream_counts'];

  async handle(event: RecordedEvent, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO bench_stream_counts (stream_id, events, last_revision) VALUES ($1, 1, $2)
       ON CONFLICT (stream_id) DO UPDATE SET events = bench_stream_counts.events + 1, last_revision = excluded.last_revision`,
      [event.streamId, event.revision],
    );
  }
}
