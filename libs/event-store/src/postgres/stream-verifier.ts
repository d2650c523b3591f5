import { StreamVerification } from '../event-store.port';
import { hashEvent } from '../hash-chain';

export interface VerificationRow {
  stream_revision: number;
  event_id: string;
  type: string;
  data_text: string;
  metadata_text: string;
  recorded_at: Date;
  previous_hash: Buffer | null;
  hash: Buffer;
  commit_position: string;
  prepare_position: string;
}

/** Recomputes the chain in TypeScript, independently of the database's own hash function. */
export function verifyStreamRows(streamId: string, rows: VerificationRow[]): StreamVerification {
  let previous: Buffer | null = null;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const broken = (reason: string): StreamVerification => ({
      streamId,
      eventsChecked: i + 1,
      intact: false,
      firstBrokenRevision: i,
      firstBrokenPosition: { commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position) },
      reason,
    });
    if (row.stream_revision !== i) return broken(`revision ${i} is missing (next stored is ${row.stream_revision})`);
    const linked = previous === null ? row.previous_hash === null : row.previous_hash?.equals(previous);
    if (!linked) return broken(`stored previous hash does not match revision ${i - 1}'s hash`);
    const expected = hashEvent(previous, {
      streamId,
      revision: row.stream_revision,
      eventId: row.event_id,
      type: row.type,
      dataText: row.data_text,
      metadataText: row.metadata_text,
    });
    if (!expected.equals(row.hash)) return broken('content does not match its hash');
    const recordedAt = (JSON.parse(row.metadata_text) as { recordedAt?: string }).recordedAt;
    if (recordedAt !== row.recorded_at.toISOString()) return broken('recorded_at column differs from the hashed metadata');
    previous = row.hash;
  }
  return { streamId, eventsChecked: rows.length, intact: true, firstBrokenRevision: null, firstBrokenPosition: null, reason: null };
}
