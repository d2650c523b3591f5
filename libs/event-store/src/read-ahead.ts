/**
 * Yields the pages of `source` while the next one is already being read, so the database read of page N+1 overlaps
 * what the consumer does with page N (the relay's broker acknowledgement, a projection's transaction). Order is unchanged.
 * Only after a page `full` says more may follow: at the head, reading on would only race the consumer's own commit.
 */
export async function* readAhead<T>(source: AsyncIterable<T>, full: (page: T) => boolean = () => true): AsyncIterable<T> {
  const iterator = source[Symbol.asyncIterator]();
  let next = iterator.next();
  try {
    for (;;) {
      const current = await next;
      if (current.done) return;
      const ahead = full(current.value);
      if (ahead) {
        next = iterator.next();
        next.catch(() => undefined); // surfaced when awaited on the next turn
      }
      yield current.value;
      if (!ahead) next = iterator.next();
    }
  } finally {
    await iterator.return?.();
  }
}
