import { leafHash } from './merkle';

/** What a leaf of the global tree commits to: an event's place in the log and in its stream, its id and its stored chain hash. */
export interface LeafFields {
  readonly index: number;
  readonly streamId: string;
  readonly revision: number;
  readonly eventId: string;
  readonly eventHash: Buffer;
}

const LEAF_VERSION = 1;

/**
 * Canonical bytes: version (1) ‖ log index (u64 BE) ‖ stream id length (u32 BE) ‖ stream id (UTF-8) ‖ revision (u32 BE) ‖
 * event id (16 bytes) ‖ chain hash (32 bytes). A rewritten event (even with its chain recomputed), a deleted tail or
 * stream, or a reordered log moves or changes leaves.
 */
export function encodeLeaf(fields: LeafFields): Buffer {
  const stream = Buffer.from(fields.streamId, 'utf8');
  const uuid = Buffer.from(fields.eventId.replace(/-/g, ''), 'hex');
  if (uuid.length !== 16) throw new Error(`event id ${fields.eventId} is not a UUID`);
  if (fields.eventHash.length !== 32) throw new Error(`event ${fields.eventId} has no 32-byte hash`);
  const head = Buffer.alloc(1 + 8 + 4);
  head.writeUInt8(LEAF_VERSION, 0);
  head.writeBigUInt64BE(BigInt(fields.index), 1);
  head.writeUInt32BE(stream.length, 9);
  const revision = Buffer.alloc(4);
  revision.writeUInt32BE(fields.revision, 0);
  return Buffer.concat([head, stream, revision, uuid, fields.eventHash]);
}

export const leafHashOf = (fields: LeafFields) => leafHash(encodeLeaf(fields));
