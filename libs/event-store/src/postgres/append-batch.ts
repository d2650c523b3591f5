import { Pool } from 'pg';
import { EventIdConflictError, InvalidEventError, WrongExpectedRevisionError } from '../errors';
import { QueuedAppend } from './group-commit';

interface BatchRow {
  ordinal: number;
  outcome: 'appended' | 'stored' | 'wrong-revision' | 'id-conflict';
  next_revision: number;
  commit_position: string;
  prepare_position: string;
  detail: string | null;
  hint: string | null;
}

/** Prepared once per connection: the server parses and plans the call once, not per batch. */
const APPEND_BATCH = { name: 'vigil_append_batch', text: 'SELECT * FROM event_store.append_batch($1::jsonb)' };

/** Errors one append's events can cause (a unique-id race, data PostgreSQL refuses): the others of its batch deserve another try alone. */
const causedByOneAppend = (code: string | undefined): boolean => code === '23505' || (code?.startsWith('22') ?? false);

/**
 * Commits a batch in one transaction (`event_store.append_batch`) and answers each append from its own
 * row. When PostgreSQL refuses the whole batch for something one append caused, each is tried alone, so
 * one caller's bad data or id race never fails another's append.
 */
export async function commitBatch(pool: Pool, batch: readonly QueuedAppend[], appended: (streamId: string) => void, attempt = 1): Promise<void> {
  let rows: BatchRow[];
  try {
    ({ rows } = await pool.query<BatchRow>({ ...APPEND_BATCH, values: [`[${batch.map((a) => a.json).join(',')}]`] }));
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (!causedByOneAppend(code)) throw error;
    if (batch.length > 1) {
      for (const append of batch) await commitBatch(pool, [append], appended).catch(append.reject);
      return;
    }
    // A unique-id race between two streams resolves on the second try, as stored or as a conflict.
    if (code === '23505' && attempt === 1) return commitBatch(pool, batch, appended, 2);
    if (code === '23505') throw error;
    throw new InvalidEventError(`Event data for "${batch[0].streamId}" was refused: ${(error as Error).message}`);
  }
  for (const row of rows) answer(batch[row.ordinal], row, appended);
}

function answer(append: QueuedAppend, row: BatchRow, appended: (streamId: string) => void): void {
  if (row.outcome === 'wrong-revision') {
    return append.reject(new WrongExpectedRevisionError(append.streamId, append.expected, row.detail === 'none' ? null : Number(row.detail)));
  }
  if (row.outcome === 'id-conflict') return append.reject(new EventIdConflictError(append.streamId, row.detail ?? '?', row.hint ?? ''));
  if (row.outcome === 'appended') appended(append.streamId);
  append.resolve({
    nextExpectedRevision: row.next_revision,
    position: { commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position) },
    alreadyStored: row.outcome === 'stored',
  });
}
