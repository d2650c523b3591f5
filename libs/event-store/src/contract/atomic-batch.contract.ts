import { ContractHarness } from './contract-harness';
import { readAllOnceReadable, testEvent, testEvents } from './contract-events';

/** Guarantee 3: a batch is stored whole or not at all. */
export function atomicBatchContract(harness: () => ContractHarness): void {
  describe('3. atomic batches', () => {
    it('leaves nothing visible when an event late in the batch is refused', async () => {
      const { store } = harness();
      const stored = testEvent(0);
      await store.appendToStream('batch-1', [stored], { expectedRevision: 'no-stream' });
      const batch = [...testEvents(4, 10), { ...stored, data: { n: -1 } }];
      await expect(store.appendToStream('batch-2', batch, { expectedRevision: 'no-stream' })).rejects.toThrow();
      expect(await store.streamRevision('batch-2')).toBeNull();
      const all = await readAllOnceReadable(store, 1, { maxCount: 100 });
      expect(all.map((e) => e.streamId)).toEqual(['batch-1']);
    });

    it('refuses data the store cannot keep, naming the stream, and stores none of the batch', async () => {
      const { store } = harness();
      const batch = [...testEvents(2), testEvent(3, { text: 'nul \u0000 byte' })];
      await expect(store.appendToStream('batch-3', batch, { expectedRevision: 'any' })).rejects.toMatchObject({ code: 'invalid-event' });
      expect(await store.readStream('batch-3')).toHaveLength(0);
    });

    it('stores a whole batch under consecutive revisions with one position order', async () => {
      const { store } = harness();
      const result = await store.appendToStream('batch-4', testEvents(50), { expectedRevision: 'no-stream' });
      expect(result.nextExpectedRevision).toBe(49);
      const events = await store.readStream('batch-4');
      expect(events.map((e) => e.revision)).toEqual(Array.from({ length: 50 }, (_, i) => i));
      expect(events[49].position).toEqual(result.position);
    });

    it('rejects malformed appends before storing anything', async () => {
      const { store } = harness();
      await expect(store.appendToStream('batch-5', [], { expectedRevision: 'any' })).rejects.toMatchObject({ code: 'invalid-event' });
      await expect(store.appendToStream('batch-5', [{ ...testEvent(1), id: 'not-a-uuid' }], { expectedRevision: 'any' })).rejects.toThrow(/not a UUID/);
      await expect(store.appendToStream('batch-5', [{ ...testEvent(1), type: 'NoVersion' }], { expectedRevision: 'any' })).rejects.toThrow(/\.v<version>/);
      await expect(store.appendToStream('no spaces allowed', [testEvent(1)], { expectedRevision: 'any' })).rejects.toThrow(/Stream id/);
      const twice = testEvent(1);
      await expect(store.appendToStream('batch-5', [twice, twice], { expectedRevision: 'any' })).rejects.toThrow(/twice/);
      expect(await store.streamRevision('batch-5')).toBeNull();
    });
  });
}
