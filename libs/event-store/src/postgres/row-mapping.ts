import { EventMetadata, RecordedEvent } from '../event-store.port';

export const EVENT_COLUMNS = `transaction_id::text AS commit_position, global_position::text AS prepare_position,
  event_id, stream_id, stream_revision, type, data, metadata, encode(hash, 'hex') AS hash, encode(previous_hash, 'hex') AS previous_hash`;

export interface EventRow {
  commit_position: string;
  prepare_position: string;
  event_id: string;
  stream_id: string;
  stream_revision: number;
  type: string;
  data: unknown;
  metadata: EventMetadata;
  hash: string;
  previous_hash: string | null;
}

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    streamId: row.stream_id,
    revision: row.stream_revision,
    position: { commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position) },
    type: row.type,
    data: row.data,
    metadata: row.metadata,
    hash: row.hash,
    previousHash: row.previous_hash,
  };
}
