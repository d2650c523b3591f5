import { CustomTypesConfig, types } from 'pg';
import { EventMetadata, RecordedEvent } from '../event-store.port';

/**
 * The columns of a read, uncast: pg hands xid8 and bigint over as the strings positions are made from, and the hashes
 * as bytea text, which EVENT_TYPES turns into hex by dropping the `\\x`. Casts and encode() here cost a 1,000-event
 * stream read about 0.9 ms (11.3 -> 10.5 ms).
 */
export const EVENT_COLUMNS = 'transaction_id, global_position, event_id, stream_id, stream_revision, type, data, metadata, hash, previous_hash';

const BYTEA = 17;

/** The type parsers of an event read: pg's own, except bytea as the hex string the port carries. */
export const EVENT_TYPES = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') => (oid === BYTEA ? hexOfBytea : types.getTypeParser(oid, format)),
} as CustomTypesConfig;

function hexOfBytea(value: string): string {
  if (!value.startsWith('\\x')) throw new Error('bytea arrived in escape format; the event store sets bytea_output = hex on its connections');
  return value.slice(2);
}

/** A row of EVENT_COLUMNS read as an array (`rowMode: 'array'`): pg builds no keyed object per row. */
export type EventRow = [
  commitPosition: string,
  preparePosition: string,
  eventId: string,
  streamId: string,
  streamRevision: number,
  type: string,
  data: unknown,
  metadata: EventMetadata,
  hash: string,
  previousHash: string | null,
];

export function toRecordedEvent(row: EventRow): RecordedEvent {
  const [commit, prepare, id, streamId, revision, type, data, metadata, hash, previousHash] = row;
  return { id, streamId, revision, position: { commit: BigInt(commit), prepare: BigInt(prepare) }, type, data, metadata, hash, previousHash };
}
