import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { ACTOR, BENCH_EVENT_TYPE, BenchData } from './bench-events';

/** The raw baseline: the same columns an event needs, no hash chain, no lock, no function. */
export const CREATE_RAW_EVENTS_SQL = `
CREATE TABLE IF NOT EXISTS raw_events (
  global_position bigserial PRIMARY KEY,
  event_id        uuid NOT NULL UNIQUE,
  stream_id       text NOT NULL,
  revision        integer NOT NULL,
  type            text NOT NULL,
  data            jsonb NOT NULL,
  metadata        jsonb NOT NULL,
  UNIQUE (stream_id, revision)
)`;

export const RAW_INSERT = {
  name: 'bench_raw_insert',
  text: 'INSERT INTO raw_events (event_id, stream_id, revision, type, data, metadata) VALUES ($1, $2, $3, $4, $5, $6) RETURNING global_position',
};

/** The metadata Vigil stores for the same event, so both tables carry the same bytes. */
export function rawMetadata(): string {
  return JSON.stringify({ actor: ACTOR, correlationId: randomUUID(), causationId: null, recordedAt: new Date().toISOString(), schemaVersion: 1 });
}

/** One autocommit single-row INSERT through a named prepared statement. */
export async function rawInsert(pool: Pool, streamId: string, revision: number, data: BenchData): Promise<void> {
  await pool.query({ ...RAW_INSERT, values: [randomUUID(), streamId, revision, BENCH_EVENT_TYPE, JSON.stringify(data), rawMetadata()] });
}

/** Several events of one stream in one multi-row INSERT (setup only). */
export async function rawInsertMany(pool: Pool, streamId: string, fromRevision: number, data: readonly BenchData[]): Promise<void> {
  const values: unknown[] = [];
  const rows = data.map((d, i) => {
    values.push(randomUUID(), streamId, fromRevision + i, BENCH_EVENT_TYPE, JSON.stringify(d), rawMetadata());
    const b = i * 6;
    return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}, $${b + 6})`;
  });
  await pool.query(`INSERT INTO raw_events (event_id, stream_id, revision, type, data, metadata) VALUES ${rows.join(', ')}`, values);
}
