import { EventIdConflictError } from '../errors';
import { ContractHarness } from './contract-harness';
import { testEvent, testEvents } from './contract-events';

/** Guarantee 2: retry-safe append by event id. */
export function retrySafetyContract(harness: () => ContractHarness): void {
  describe('2. retry safety', () => {
    it('stores a retried append once and answers as the first time', async () => {
      const { store } = harness();
      const batch = testEvents(3);
      const first = await store.appendToStream('retry-1', batch, { expectedRevision: 'no-stream' });
      await store.appendToStream('retry-1', [testEvent(9)], { expectedRevision: 2 });
      // The writer lost the first answer and sends the same batch with its old expectation.
      const again = await store.appendToStream('retry-1', batch, { expectedRevision: 'no-stream' });
      expect(again).toMatchObject({ nextExpectedRevision: first.nextExpectedRevision, alreadyStored: true });
      expect(again.position).toEqual(first.position);
      expect(await store.readStream('retry-1')).toHaveLength(4);
    });

    it('stores once when the same append races itself', async () => {
      const { store } = harness();
      const batch = testEvents(2);
      const results = await Promise.allSettled(Array.from({ length: 6 }, () => store.appendToStream('retry-2', batch, { expectedRevision: 'any' })));
      expect(results.every((r) => r.status === 'fulfilled')).toBe(true);
      expect(await store.readStream('retry-2')).toHaveLength(2);
    });

    it('refuses the same id with another payload, in another stream, or in another batch', async () => {
      const { store } = harness();
      const event = testEvent(1);
      await store.appendToStream('retry-3', [event], { expectedRevision: 'no-stream' });
      await expect(store.appendToStream('retry-3', [{ ...event, data: { n: 2 } }], { expectedRevision: 'any' })).rejects.toBeInstanceOf(EventIdConflictError);
      await expect(store.appendToStream('retry-4', [event], { expectedRevision: 'any' })).rejects.toMatchObject({
        code: 'event-id-conflict',
        eventId: event.id,
      });
      await expect(store.appendToStream('retry-3', [event, testEvent(3)], { expectedRevision: 'any' })).rejects.toBeInstanceOf(EventIdConflictError);
      expect(await store.readStream('retry-3')).toHaveLength(1);
      expect(await store.readStream('retry-4')).toHaveLength(0);
    });
  });
}
