import { Position, START } from '@vigil/event-store';
import { EntityManager } from 'typeorm';

interface CheckpointRow {
  commit_position: string;
  prepare_position: string;
}

/** Checkpoints live in `projection_checkpoints`, written in the read model's own transaction. */
export async function ensureCheckpoint(manager: EntityManager, name: string): Promise<void> {
  await manager.query(
    `INSERT INTO projection_checkpoints (name, commit_position, prepare_position, updated_at) VALUES ($1, 0, 0, now())
     ON CONFLICT (name) DO NOTHING`,
    [name],
  );
}

/**
 * Reads the checkpoint and locks it until the transaction ends (one writer per projection). A page's transaction also
 * commits without waiting for its WAL flush (`lazyCommit`): the events are durable already, and a server crash that
 * loses the last pages loses their checkpoint with them, so they are projected again.
 */
export async function lockCheckpoint(manager: EntityManager, name: string, options: { lazyCommit?: boolean } = {}): Promise<Position> {
  const lazy = options.lazyCommit ? ", set_config('synchronous_commit', 'off', true)" : '';
  const rows: CheckpointRow[] = await manager.query(
    `SELECT commit_position::text, prepare_position::text${lazy} FROM projection_checkpoints WHERE name = $1 FOR UPDATE`,
    [name],
  );
  if (rows.length === 0) return START;
  return { commit: BigInt(rows[0].commit_position), prepare: BigInt(rows[0].prepare_position) };
}

export async function readCheckpoint(manager: EntityManager, name: string): Promise<Position> {
  const rows: CheckpointRow[] = await manager.query('SELECT commit_position::text, prepare_position::text FROM projection_checkpoints WHERE name = $1', [name]);
  return rows.length ? { commit: BigInt(rows[0].commit_position), prepare: BigInt(rows[0].prepare_position) } : START;
}

export async function saveCheckpoint(manager: EntityManager, name: string, position: Position): Promise<void> {
  await manager.query('UPDATE projection_checkpoints SET commit_position = $2, prepare_position = $3, updated_at = now() WHERE name = $1', [
    name,
    position.commit.toString(),
    position.prepare.toString(),
  ]);
}
