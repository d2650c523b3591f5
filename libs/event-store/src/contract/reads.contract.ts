import { comparePositions } from '../event-store.port';
import { ContractHarness } from './contract-harness';
import { collect, readAllOnceReadable, testEvents } from './contract-events';

export function readsContract(harness: () => ContractHarness): void {
  describe('reads', () => {
    it('reads a stream forwards and backwards from a revision, with a maximum count', async () => {
      const { store } = harness();
      await store.appendToStream('read-1', testEvents(10), { expectedRevision: 'no-stream' });
      const n = (events: { data: unknown }[]) => events.map((e) => (e.data as { n: number }).n);
      expect(n(await store.readStream('read-1', { fromRevision: 7 }))).toEqual([7, 8, 9]);
      expect(n(await store.readStream('read-1', { direction: 'backwards', maxCount: 3 }))).toEqual([9, 8, 7]);
      expect(n(await store.readStream('read-1', { direction: 'backwards', fromRevision: 2 }))).toEqual([2, 1, 0]);
      // Pages: full, short at the end, past the end, and backwards from a revision.
      expect(n(await store.readStream('read-1', { fromRevision: 2, maxCount: 3 }))).toEqual([2, 3, 4]);
      expect(n(await store.readStream('read-1', { fromRevision: 8, maxCount: 5 }))).toEqual([8, 9]);
      expect(await store.readStream('read-1', { fromRevision: 10, maxCount: 5 })).toEqual([]);
      expect(n(await store.readStream('read-1', { direction: 'backwards', fromRevision: 5, maxCount: 2 }))).toEqual([5, 4]);
      expect(n(await store.readStream('read-1', { direction: 'backwards', fromRevision: 1, maxCount: 5 }))).toEqual([1, 0]);
      expect(await store.readStream('absent-1')).toEqual([]);
      expect(await store.streamRevision('absent-1')).toBeNull();
    });

    it('reads the global log from a position, in increasing positions', async () => {
      const { store } = harness();
      await store.appendToStream('read-2', testEvents(5), { expectedRevision: 'no-stream' });
      await store.appendToStream('read-3', testEvents(5, 5), { expectedRevision: 'no-stream' });
      const all = await readAllOnceReadable(store, 10);
      expect(all).toHaveLength(10);
      for (let i = 1; i < all.length; i++) expect(comparePositions(all[i - 1].position, all[i].position)).toBe(-1);
      const rest = await readAllOnceReadable(store, 6, { after: all[3].position });
      expect(rest.map((e) => e.id)).toEqual(all.slice(4).map((e) => e.id));
    });

    it('catches up from a position and then delivers live appends', async () => {
      const { store } = harness();
      await store.appendToStream('live-1', testEvents(3), { expectedRevision: 'no-stream' });
      const [first] = await readAllOnceReadable(store, 1, { maxCount: 1 });
      const received = collect(store.subscribeToAll({ after: first.position }), (r) => r.length === 4);
      await store.appendToStream('live-1', testEvents(2, 3), { expectedRevision: 2 });
      const events = await received;
      expect(events.map((e) => (e.data as { n: number }).n)).toEqual([1, 2, 3, 4]);
    });
  });
}
