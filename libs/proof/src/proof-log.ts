import { DataSource } from 'typeorm';
import { leafHashOf } from './leaf';
import { consistencyRanges, EMPTY_ROOT, Hash, inclusionRanges, LeafRange, nodeHash, NodeKey, nodeKeyId, rangeHash, rangeNodes } from './merkle';

/** Runs SQL and returns its rows: a DataSource, an EntityManager or a pg client all fit behind it. */
export type Sql = <T extends object = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;

export const sqlOf = (runner: { query(text: string, params?: unknown[]): Promise<unknown> }): Sql => {
  return async <T extends object>(text: string, params?: unknown[]): Promise<T[]> => {
    const result = (await runner.query(text, params)) as T[] | { rows: T[] };
    return Array.isArray(result) ? result : result.rows;
  };
};

export interface LeafRow {
  readonly index: number;
  readonly eventId: string;
  readonly streamId: string;
  readonly revision: number;
  readonly eventHash: Buffer;
}

interface EventRow {
  commit: string;
  prepare: string;
  event_id: string;
  stream_id: string;
  stream_revision: number;
  hash: Buffer;
}

/** Reads the complete aligned subtrees' hashes, all in one query. */
export async function loadNodes(sql: Sql, keys: readonly NodeKey[]): Promise<Map<string, Hash>> {
  const unique = [...new Map(keys.map((k) => [nodeKeyId(k), k])).values()];
  if (unique.length === 0) return new Map();
  const rows = await sql(
    `SELECT n.level, n.idx::text AS idx, n.hash FROM proof.nodes n
      JOIN unnest($1::smallint[], $2::bigint[]) AS k(level, idx) ON n.level = k.level AND n.idx = k.idx`,
    [unique.map((k) => k.level), unique.map((k) => String(k.index))],
  );
  return new Map(rows.map((r) => [`${r.level as number}:${r.idx as string}`, r.hash as Buffer]));
}

const lookup = (nodes: Map<string, Hash>) => (key: NodeKey) => {
  const hash = nodes.get(nodeKeyId(key));
  if (!hash) throw new Error(`the proof tree has no node ${nodeKeyId(key)}`);
  return hash;
};

/** Hashes of ranges of the stored tree (proofs are lists of them). */
export async function rangeHashes(sql: Sql, ranges: readonly LeafRange[]): Promise<Hash[]> {
  const nodes = await loadNodes(
    sql,
    ranges.flatMap((r) => rangeNodes(r)),
  );
  return ranges.map((range) => rangeHash(range, lookup(nodes)));
}

export async function treeSize(sql: Sql): Promise<number> {
  const [row] = await sql('SELECT tree_size::text AS size FROM proof.tree_state');
  return Number(row.size);
}

export async function rootAt(sql: Sql, size: number): Promise<Hash> {
  if (size === 0) return EMPTY_ROOT;
  const [root] = await rangeHashes(sql, [{ start: 0, end: size }]);
  return root;
}

export async function inclusionProof(sql: Sql, index: number, size: number): Promise<Hash[]> {
  return rangeHashes(sql, inclusionRanges(index, size));
}

export async function consistencyProof(sql: Sql, first: number, second: number): Promise<Hash[]> {
  return rangeHashes(sql, consistencyRanges(first, second));
}

export async function leafOfEvent(sql: Sql, eventId: string): Promise<LeafRow | null> {
  const rows = await sql('SELECT idx::text AS idx, event_id::text, stream_id, stream_revision, event_hash FROM proof.leaves WHERE event_id = $1', [eventId]);
  return rows.length ? toLeaf(rows[0]) : null;
}

export const toLeaf = (r: Record<string, unknown>): LeafRow => ({
  index: Number(r.idx),
  eventId: r.event_id as string,
  streamId: r.stream_id as string,
  revision: r.stream_revision as number,
  eventHash: r.event_hash as Buffer,
});

/**
 * Follows the event log in its global order, (transaction_id, global_position) below the oldest running transaction as
 * every subscriber does, and appends a leaf per event with the complete subtrees it closes. Each page commits with the
 * follower's position in one transaction (the state row is locked: one follower at a time). Returns how many leaves it added.
 */
export async function appendPage(dataSource: DataSource, pageSize = 1000): Promise<number> {
  return dataSource.transaction(async (manager) => {
    const sql = sqlOf(manager);
    const [state] = await sql(
      `SELECT tree_size::text AS size, commit_position::text AS commit, prepare_position::text AS prepare FROM proof.tree_state FOR UPDATE`,
    );
    const rows = await sql<EventRow>(
      `SELECT transaction_id::text AS commit, global_position::text AS prepare, event_id::text, stream_id, stream_revision, hash
         FROM event_store.events
        WHERE (transaction_id, global_position) > ($1::xid8, $2::bigint)
          AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
        ORDER BY transaction_id, global_position LIMIT $3`,
      [state.commit, state.prepare, pageSize],
    );
    if (rows.length === 0) return 0;
    const start = Number(state.size);
    // The right edge of the tree so far: the complete subtrees the new leaves pair with.
    const nodes = start === 0 ? new Map<string, Hash>() : await loadNodes(sql, rangeNodes({ start: 0, end: start }));
    const fresh: { level: number; index: number; hash: Hash }[] = [];
    const put = (level: number, index: number, hash: Hash) => {
      nodes.set(`${level}:${index}`, hash);
      fresh.push({ level, index, hash });
    };
    rows.forEach((row, offset) => {
      let index = start + offset;
      put(0, index, leafHashOf({ index, streamId: row.stream_id, revision: row.stream_revision, eventId: row.event_id, eventHash: row.hash }));
      for (let level = 0; index % 2 === 1; level++) {
        const parent = nodeHash(nodes.get(`${level}:${index - 1}`)!, nodes.get(`${level}:${index}`)!);
        index = (index - 1) / 2;
        put(level + 1, index, parent);
      }
    });
    await sql(
      `INSERT INTO proof.leaves (idx, event_id, stream_id, stream_revision, event_hash)
       SELECT * FROM unnest($1::bigint[], $2::uuid[], $3::text[], $4::integer[], $5::bytea[])`,
      [
        rows.map((_, i) => String(start + i)),
        rows.map((r) => r.event_id),
        rows.map((r) => r.stream_id),
        rows.map((r) => r.stream_revision),
        rows.map((r) => r.hash),
      ],
    );
    await sql(`INSERT INTO proof.nodes (level, idx, hash) SELECT * FROM unnest($1::smallint[], $2::bigint[], $3::bytea[])`, [
      fresh.map((n) => n.level),
      fresh.map((n) => String(n.index)),
      fresh.map((n) => n.hash),
    ]);
    const last = rows[rows.length - 1];
    await sql(`UPDATE proof.tree_state SET tree_size = $1, commit_position = $2::xid8, prepare_position = $3, updated_at = now()`, [
      String(start + rows.length),
      last.commit,
      last.prepare,
    ]);
    return rows.length;
  });
}

/** Appends pages until the readable log is all in the tree. */
export async function catchUp(dataSource: DataSource, pageSize = 1000): Promise<number> {
  let total = 0;
  for (;;) {
    const added = await appendPage(dataSource, pageSize);
    total += added;
    if (added < pageSize) return total;
  }
}
