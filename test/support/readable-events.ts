/** A pg Pool or Client (answers `{ rows }`) or a TypeORM DataSource (answers the rows). */
interface Queryable {
  query(sql: string): Promise<unknown>;
}

const READABLE = 'SELECT count(*)::int AS n FROM event_store.events WHERE transaction_id < pg_snapshot_xmin(pg_current_snapshot())';

/**
 * Until `count` events are readable: below the oldest running transaction of the whole server, which is all a
 * follower (the proof tree, a checkpoint, a projection) can take. A transaction in another database, a second copy of
 * the suite's say, can hold that horizon back for a moment after an append has committed.
 */
export async function untilEventsReadable(db: Queryable, count: number): Promise<void> {
  const readable = async () => {
    const answer = (await db.query(READABLE)) as { n: number }[] | { rows: { n: number }[] };
    return (Array.isArray(answer) ? answer : answer.rows)[0].n;
  };
  while ((await readable()) < count) await new Promise((resolve) => setTimeout(resolve, 5));
}

/** Until every event committed so far is readable (see untilEventsReadable). */
export async function untilAllEventsReadable(db: Queryable): Promise<void> {
  const answer = (await db.query('SELECT count(*)::int AS n FROM event_store.events')) as { n: number }[] | { rows: { n: number }[] };
  await untilEventsReadable(db, (Array.isArray(answer) ? answer : answer.rows)[0].n);
}
