import { EventStore, ReadStreamOptions, RecordedEvent } from './event-store.port';
import { readStreamUntil } from './read-until';

/** A stream of `n` events, one a minute from 10:00, and the reads made of it. */
function streamOf(n: number): { store: EventStore; reads: ReadStreamOptions[] } {
  const events = Array.from({ length: n }, (_, i) => ({
    revision: i,
    metadata: { recordedAt: new Date(Date.UTC(2026, 11, 6, 10, i)).toISOString() },
  })) as unknown as RecordedEvent[];
  const reads: ReadStreamOptions[] = [];
  const store = {
    readStream: async (_: string, options: ReadStreamOptions = {}) => {
      reads.push(options);
      const from = options.fromRevision ?? 0;
      return events.slice(from, from + (options.maxCount ?? n));
    },
  } as unknown as EventStore;
  return { store, reads };
}

describe('readStreamUntil', () => {
  it('reads page by page only as far as the first event recorded after the moment', async () => {
    const { store, reads } = streamOf(25);
    const { events, recordedSince } = await readStreamUntil(store, 's', new Date(Date.UTC(2026, 11, 6, 10, 12)), 5);
    expect(events.map((e) => e.revision)).toEqual([...Array(13).keys()]);
    expect(recordedSince).toBe(true);
    expect(reads.map((r) => r.fromRevision)).toEqual([0, 5, 10]);
  });

  it('gives the whole stream when everything was recorded by then, ending on a short or empty page', async () => {
    expect((await readStreamUntil(streamOf(10).store, 's', new Date(Date.UTC(2027, 0, 1)), 5)).events).toHaveLength(10);
    expect(await readStreamUntil(streamOf(7).store, 's', new Date(Date.UTC(2027, 0, 1)), 5)).toMatchObject({ recordedSince: false });
    expect(await readStreamUntil(streamOf(0).store, 's', new Date(Date.UTC(2027, 0, 1)), 5)).toEqual({ events: [], recordedSince: false });
  });

  it('gives nothing for a moment before the first event', async () => {
    expect(await readStreamUntil(streamOf(3).store, 's', new Date(Date.UTC(2026, 11, 6, 9)), 5)).toEqual({ events: [], recordedSince: true });
  });
});
