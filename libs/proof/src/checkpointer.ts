import { DataSource } from 'typeorm';
import { CheckpointSigner } from './checkpoint-key';
import { CheckpointSink, FileCheckpointSink } from './checkpoint-sinks';
import { verifyConsistency } from './merkle';
import { parseNote, ParsedNote, signCheckpoint, verifyNote } from './note';
import { catchUp, consistencyProof, rootAt, sqlOf, treeSize } from './proof-log';

/** A checkpoint was not signed: the tree contradicts one already published. Never swallowed. */
export class CheckpointRefused extends Error {}

export interface CheckpointResult {
  readonly note: ParsedNote;
  /** False when the tree has not grown since the latest checkpoint (that one is returned). */
  readonly created: boolean;
}

/**
 * Signs checkpoints of the global tree. Before signing it checks the new root against the latest checkpoint it can find,
 * in the database or in the file sink (a restored database does not bring back its old sink): a consistency proof from
 * the stored tree must verify against both roots, and the tree may not have shrunk. The note is written to every sink
 * inside the transaction that records it, so a failed publication signs nothing.
 */
export class Checkpointer {
  constructor(
    private readonly dataSource: DataSource,
    private readonly signer: CheckpointSigner,
    private readonly origin: string,
    private readonly files: FileCheckpointSink,
    private readonly sinks: readonly CheckpointSink[] = [],
  ) {}

  get publicKey(): CheckpointSigner {
    return this.signer;
  }

  /** Every checkpoint in the file sink, smallest tree first (an unreadable file as an error): what verify holds the store to. */
  published(): ReturnType<FileCheckpointSink['read']> {
    return this.files.read();
  }

  /** Every checkpoint in the file sink that this key signed (what verify and the worker rely on). */
  async latestPublished(): Promise<ParsedNote | null> {
    const db = await this.dataSource.query('SELECT note FROM proof.checkpoints ORDER BY tree_size DESC LIMIT 1');
    const candidates = [this.files.latest(), db.length ? parseNote(db[0].note as string) : null].filter((n): n is ParsedNote => n !== null);
    return candidates.reduce<ParsedNote | null>((best, n) => (!best || n.checkpoint.size > best.checkpoint.size ? n : best), null);
  }

  async checkpoint(): Promise<CheckpointResult | null> {
    await catchUp(this.dataSource);
    return this.dataSource.transaction(async (manager) => {
      const sql = sqlOf(manager);
      await sql('SELECT tree_size FROM proof.tree_state FOR UPDATE');
      const size = await treeSize(sql);
      const root = await rootAt(sql, size);
      const dbRows = await sql('SELECT note FROM proof.checkpoints ORDER BY tree_size DESC LIMIT 1');
      const previous = [this.files.latest(), dbRows.length ? parseNote(dbRows[0].note as string) : null].filter((n): n is ParsedNote => n !== null);
      for (const note of previous) {
        const from = note.checkpoint;
        if (!verifyNote(note, this.signer.publicKey))
          throw new CheckpointRefused(`checkpoint ${from.size} in the sink is not signed by this key: refusing to continue another log`);
        if (from.origin !== this.origin) throw new CheckpointRefused(`checkpoint ${from.size} names origin ${from.origin}, not ${this.origin}`);
        if (from.size > size)
          throw new CheckpointRefused(
            `the tree has ${size} leaves, fewer than the ${from.size} of a checkpoint already published: events were deleted or an older backup restored`,
          );
        const proof = await consistencyProof(sql, from.size, size);
        if (!verifyConsistency(from.size, size, from.root, root, proof))
          throw new CheckpointRefused(`the tree of ${size} leaves is not consistent with checkpoint ${from.size}: the log was rewritten`);
      }
      const latest = previous.reduce<ParsedNote | null>((best, n) => (!best || n.checkpoint.size > best.checkpoint.size ? n : best), null);
      if (latest && latest.checkpoint.size === size) return { note: latest, created: false };
      if (size === 0) return null;
      const text = signCheckpoint({ origin: this.origin, size, root }, this.signer.keyName, this.signer.privateKey);
      const note = parseNote(text);
      await sql('INSERT INTO proof.checkpoints (tree_size, root, note, signed_at) VALUES ($1, $2, $3, now())', [String(size), root, text]);
      await this.files.publish(text, note.checkpoint);
      for (const sink of this.sinks) await sink.publish(text, note.checkpoint);
      return { note, created: true };
    });
  }
}
