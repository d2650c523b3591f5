/**
 * Yields the pages of `source` while the next one is already being read, so the relay's database
 * read of page N+1 overlaps the broker's acknowledgement of page N. Order is unchanged.
 */
export async function* readAhead<T>(source: AsyncIterable<T>): AsyncIterable<T> {
  const iterator = source[Symbol.asyncIterator]();
  let next = iterator.next();
  try {
    for (;;) {
      const current = await next;
      if (current.done) return;
      next = iterator.next();
      next.catch(() => undefined); // surfaced when awaited on the next turn
      yield current.value;
    }
  } finally {
    await iterator.return?.();
  }
}
