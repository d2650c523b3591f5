import { hashEvent } from '@vigil/event-store';
import { leafHashOf } from './leaf';
import { MemoryTree, verifyConsistency } from './merkle';
import { ParsedNote, verifyNote } from './note';
import { consistencyProof, Sql, toLeaf, treeSize } from './proof-log';

export type FindingKind =
  | 'chain-broken'
  | 'stream-truncated'
  | 'stream-deleted'
  | 'store-behind-checkpoint'
  | 'checkpoint-contradicted'
  | 'checkpoints-inconsistent'
  | 'checkpoint-signature'
  | 'checkpoint-unreadable';

export interface Finding {
  readonly kind: FindingKind;
  readonly streamId?: string;
  readonly checkpointSize?: number;
  readonly message: string;
}

export interface StoreVerification {
  readonly events: number;
  readonly streams: number;
  readonly checkpointsChecked: number;
  readonly latestCheckpoint: number | null;
  readonly findings: Finding[];
}

interface Row {
  event_id: string;
  stream_id: string;
  stream_revision: number;
  type: string;
  data_text: string;
  metadata_text: string;
  previous_hash: Buffer | null;
  hash: Buffer;
  tx: string;
  pos: string;
}

const PAGE = 5000;

/**
 * Checks the whole store: every stream's chain recomputed here (not by the database's function), the global tree rebuilt
 * from `event_store.events` (never from the proof tables, which an insider can rewrite as well), its root at every
 * published checkpoint's size, each checkpoint's signature and its consistency with the one before. The proof tables
 * are read only to name what changed (which stream a differing leaf belonged to).
 */
export async function verifyStore(sql: Sql, published: readonly ParsedNote[], publicKey: Buffer): Promise<StoreVerification> {
  const findings: Finding[] = [];
  const tree = new MemoryTree();
  const leaves: { streamId: string; revision: number }[] = [];
  const chains = new Map<string, { next: number; last: Buffer | null; broken: boolean }>();
  let after: [string, string] = ['0', '0'];
  for (;;) {
    const rows = await sql<Row>(
      `SELECT event_id::text, stream_id, stream_revision, type, data::text AS data_text, metadata::text AS metadata_text, previous_hash, hash,
              transaction_id::text AS tx, global_position::text AS pos
         FROM event_store.events WHERE (transaction_id, global_position) > ($1::xid8, $2::bigint)
        ORDER BY transaction_id, global_position LIMIT ${PAGE}`,
      after,
    );
    for (const row of rows) {
      const chain = chains.get(row.stream_id) ?? { next: 0, last: null, broken: false };
      chains.set(row.stream_id, chain);
      if (!chain.broken) {
        const fail = (reason: string) => {
          chain.broken = true;
          findings.push({
            kind: 'chain-broken',
            streamId: row.stream_id,
            message: `stream ${row.stream_id} broken at revision ${row.stream_revision}: ${reason}`,
          });
        };
        const expected = hashEvent(chain.last, {
          streamId: row.stream_id,
          revision: row.stream_revision,
          eventId: row.event_id,
          type: row.type,
          dataText: row.data_text,
          metadataText: row.metadata_text,
        });
        if (row.stream_revision !== chain.next) fail(`revision ${chain.next} is missing (next stored is ${row.stream_revision})`);
        else if (chain.last === null ? row.previous_hash !== null : !row.previous_hash?.equals(chain.last))
          fail(`stored previous hash does not match revision ${chain.next - 1}'s hash`);
        else if (!expected.equals(row.hash)) fail('content does not match its hash');
      }
      chain.next = row.stream_revision + 1;
      chain.last = row.hash;
      const index = tree.size;
      tree.append(leafHashOf({ index, streamId: row.stream_id, revision: row.stream_revision, eventId: row.event_id, eventHash: row.hash }));
      leaves.push({ streamId: row.stream_id, revision: row.stream_revision });
    }
    if (rows.length < PAGE) break;
    after = [rows[rows.length - 1].tx, rows[rows.length - 1].pos];
  }

  // Streams the tree remembers that the store has lost, wholly or at their tail (names them while the proof tables are intact).
  const remembered = await sql(`SELECT stream_id, count(*)::int AS n, max(stream_revision) AS last FROM proof.leaves GROUP BY stream_id`);
  for (const r of remembered) {
    const streamId = r.stream_id as string;
    const chain = chains.get(streamId);
    if (!chain)
      findings.push({ kind: 'stream-deleted', streamId, message: `stream ${streamId} is gone from the store: the tree holds ${r.n as number} of its events` });
    else if (chain.next <= (r.last as number))
      findings.push({
        kind: 'stream-truncated',
        streamId,
        message: `stream ${streamId} ends at revision ${chain.next - 1}, but the tree holds its revision ${r.last as number}: its tail was deleted`,
      });
  }

  const notes = [...published].sort((a, b) => a.checkpoint.size - b.checkpoint.size);
  let previous: ParsedNote | null = null;
  let checked = 0;
  for (const note of notes) {
    const { size, root } = note.checkpoint;
    checked++;
    if (!verifyNote(note, publicKey)) {
      findings.push({ kind: 'checkpoint-signature', checkpointSize: size, message: `checkpoint ${size} is not signed by the checkpoint key` });
      continue;
    }
    if (size > tree.size) {
      findings.push({
        kind: 'store-behind-checkpoint',
        checkpointSize: size,
        message: `the store holds ${tree.size} events but checkpoint ${size} was signed over ${size}: events were deleted or an older backup restored`,
      });
    } else if (!tree.root(size).equals(root)) {
      findings.push({
        kind: 'checkpoint-contradicted',
        checkpointSize: size,
        message: `the store's tree at size ${size} contradicts checkpoint ${size}${await firstDifference(sql, tree, leaves, size)}`,
      });
    }
    if (previous) {
      const from = previous.checkpoint;
      const proof =
        size <= tree.size
          ? tree.consistencyProof(from.size, size)
          : size <= (await treeSize(sql))
            ? await consistencyProof(sql, from.size, size).catch(() => null)
            : null;
      if (proof && !verifyConsistency(from.size, size, from.root, root, proof))
        findings.push({
          kind: 'checkpoints-inconsistent',
          checkpointSize: size,
          message: `checkpoint ${size} is not consistent with checkpoint ${from.size} (per the store's tree)`,
        });
    }
    previous = note;
  }
  return {
    events: tree.size,
    streams: chains.size,
    checkpointsChecked: checked,
    latestCheckpoint: notes.length ? notes[notes.length - 1].checkpoint.size : null,
    findings,
  };
}

/** The first leaf below `size` where the stored proof tree and the store's events disagree, in words. */
async function firstDifference(sql: Sql, tree: MemoryTree, leaves: readonly { streamId: string; revision: number }[], size: number): Promise<string> {
  const rows = await sql(`SELECT idx::text AS idx, event_id::text, stream_id, stream_revision, event_hash FROM proof.leaves WHERE idx < $1 ORDER BY idx`, [
    size,
  ]);
  for (const row of rows) {
    const leaf = toLeaf(row);
    if (leaf.index >= tree.size || !leafHashOf(leaf).equals(tree.leaf(leaf.index))) {
      const now = leaves[leaf.index];
      return `: leaf ${leaf.index} was stream ${leaf.streamId} revision ${leaf.revision}; the store now has ${now ? `stream ${now.streamId} revision ${now.revision} there, changed` : 'nothing there'}`;
    }
  }
  return ' (the proof tables agree with the altered store: they were rewritten too)';
}
