import { createHash } from 'node:crypto';

/** The fields a stored event's hash covers, exactly as the store renders them to text. */
export interface HashedFields {
  streamId: string;
  revision: number;
  eventId: string;
  type: string;
  /** PostgreSQL's canonical `jsonb::text` rendering of the data and the metadata. */
  dataText: string;
  metadataText: string;
}

/** SHA-256 over the predecessor's hash and the event's fields, newline-joined (mirrors event_store.hash_event). */
export function hashEvent(previousHash: Buffer | null, fields: HashedFields): Buffer {
  const text = [fields.streamId, String(fields.revision), fields.eventId, fields.type, fields.dataText, fields.metadataText].join('\n');
  return createHash('sha256')
    .update(previousHash ?? Buffer.alloc(0))
    .update(text, 'utf8')
    .digest();
}
