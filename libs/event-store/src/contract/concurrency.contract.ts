import { WrongExpectedRevisionError } from '../errors';
import { ContractHarness } from './contract-harness';
import { testEvent, testEvents } from './contract-events';

/** Guarantee 1: per-stream optimistic concurrency. */
export function concurrencyContract(harness: () => ContractHarness): void {
  describe('1. optimistic concurrency', () => {
    it('lets exactly one of many appenders at the same expected revision win', async () => {
      const { store } = harness();
      await store.appendToStream('race-1', testEvents(3), { expectedRevision: 'no-stream' });
      const results = await Promise.allSettled(
        Array.from({ length: 20 }, (_, i) => store.appendToStream('race-1', [testEvent(100 + i)], { expectedRevision: 2 })),
      );
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(19);
      for (const failure of lost) {
        expect(failure.reason).toBeInstanceOf(WrongExpectedRevisionError);
        expect(failure.reason).toMatchObject({ streamId: 'race-1', expected: 2, actual: 3 });
      }
      expect(await store.streamRevision('race-1')).toBe(3);
    });

    it('loses no event when many appenders retry on conflict', async () => {
      const { store } = harness();
      const appenders = 8;
      const perAppender = 15;
      await Promise.all(
        Array.from({ length: appenders }, async (_, a) => {
          for (let i = 0; i < perAppender; i++) {
            for (;;) {
              const current = await store.streamRevision('race-2');
              try {
                await store.appendToStream('race-2', [testEvent(a * 1000 + i)], { expectedRevision: current ?? 'no-stream' });
                break;
              } catch (error) {
                if (!(error instanceof WrongExpectedRevisionError)) throw error;
              }
            }
          }
        }),
      );
      const events = await store.readStream('race-2');
      expect(events.map((e) => e.revision)).toEqual(Array.from({ length: appenders * perAppender }, (_, i) => i));
      expect(new Set(events.map((e) => (e.data as { n: number }).n)).size).toBe(appenders * perAppender);
    });

    it('checks no-stream, stream-exists and any', async () => {
      const { store } = harness();
      await expect(store.appendToStream('exp-1', [testEvent(1)], { expectedRevision: 'stream-exists' })).rejects.toMatchObject({
        code: 'wrong-expected-revision',
        streamId: 'exp-1',
        expected: 'stream-exists',
        actual: null,
      });
      await store.appendToStream('exp-1', [testEvent(1)], { expectedRevision: 'no-stream' });
      await expect(store.appendToStream('exp-1', [testEvent(2)], { expectedRevision: 'no-stream' })).rejects.toMatchObject({ actual: 0 });
      await store.appendToStream('exp-1', [testEvent(3)], { expectedRevision: 'stream-exists' });
      const result = await store.appendToStream('exp-1', [testEvent(4)], { expectedRevision: 'any' });
      expect(result.nextExpectedRevision).toBe(2);
      await expect(store.appendToStream('exp-1', [testEvent(5)], { expectedRevision: 7 })).rejects.toMatchObject({ expected: 7, actual: 2 });
    });
  });
}
