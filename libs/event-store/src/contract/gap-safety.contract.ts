import { RecordedEvent } from '../event-store.port';
import { ContractHarness } from './contract-harness';
import { collect, perStreamOrderViolations, readAllOnceReadable, sleep, testEvent, testEvents } from './contract-events';

const BULK_EVENTS = Number(process.env.CONTRACT_BULK_EVENTS ?? 100_000);

/** Guarantees 4 and 5: gap-safe global order, per-stream order in every feed. */
export function gapSafetyContract(harness: () => ContractHarness): void {
  describe('4. gap-safe global order', () => {
    it('does not deliver a later commit past an open transaction, and delivers both once it commits', async () => {
      const h = harness();
      if (!h.appendInHeldTransaction) throw new Error('this adapter has no held-transaction hook; gap safety is proved by the random test below');
      const received = collect(h.store.subscribeToAll({ batchSize: 10 }), (r) => r.length === 2);
      const slow = h.appendInHeldTransaction('gap-a', [testEvent(1)], 700, 'commit');
      await sleep(150);
      await h.store.appendToStream('gap-b', [testEvent(2)], { expectedRevision: 'no-stream' });
      await sleep(150);
      expect(await h.store.readAll()).toHaveLength(0); // gap-b waits behind the open gap-a
      await slow;
      const events = await received;
      expect(events.map((e) => e.streamId)).toEqual(['gap-a', 'gap-b']);
    });

    it('delivers every committed event exactly once under concurrent writers, random delays and rollbacks', async () => {
      const h = harness();
      const subscription = h.store.subscribeToAll({ batchSize: 7 });
      const delivered: RecordedEvent[] = [];
      const draining = (async () => {
        for await (const e of subscription) delivered.push(e);
      })();
      let rolledBack = 0;
      await Promise.all(
        Array.from({ length: 8 }, async (_, writer) => {
          for (let i = 0; i < 40; i++) {
            const stream = `mix-${(writer * 7 + i) % 20}`;
            const events = testEvents(1 + (i % 3), writer * 1000 + i * 10);
            const roll = Math.random();
            if (h.appendInHeldTransaction && roll < 0.5) {
              const outcome = roll < 0.1 ? 'rollback' : 'commit';
              if (outcome === 'rollback') rolledBack++;
              await h.appendInHeldTransaction(stream, events, Math.floor(Math.random() * 30), outcome);
            } else {
              await h.store.appendToStream(stream, events, { expectedRevision: 'any' });
            }
          }
        }),
      );
      const committed = new Set<string>();
      for (let s = 0; s < 20; s++) for (const e of await h.store.readStream(`mix-${s}`)) committed.add(e.id);
      const deadline = Date.now() + 20_000;
      while (delivered.length < committed.size && Date.now() < deadline) await sleep(50);
      await sleep(300); // anything beyond the committed set would show up here
      await subscription.close();
      await draining;
      const ids = delivered.map((e) => e.id);
      expect(new Set(ids).size).toBe(ids.length); // no duplicates
      expect(ids.length).toBe(committed.size); // none missing, none extra
      expect(ids.every((id) => committed.has(id))).toBe(true);
      expect(perStreamOrderViolations(delivered)).toEqual([]);
      if (h.appendInHeldTransaction) expect(rolledBack).toBeGreaterThan(0);
    });

    it(`reads ${BULK_EVENTS} events committed by 8 writers from the start with no duplicate and none missing`, async () => {
      const { store } = harness();
      const perAppend = 10;
      const appends = BULK_EVENTS / perAppend;
      let next = 0;
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          for (let i = next++; i < appends; i = next++) {
            await store.appendToStream(`bulk-${i % 1000}`, testEvents(perAppend, i * perAppend), { expectedRevision: 'any' });
          }
        }),
      );
      const pageReader: RecordedEvent[] = [];
      while (pageReader.length < BULK_EVENTS) {
        const page = await readAllOnceReadable(store, 1, { after: pageReader[pageReader.length - 1]?.position, maxCount: 1000 });
        if (page.length === 0) break;
        pageReader.push(...page);
      }
      const ns = pageReader.map((e) => (e.data as { n: number }).n);
      expect(pageReader).toHaveLength(BULK_EVENTS);
      expect(new Set(ns).size).toBe(BULK_EVENTS);
      expect(perStreamOrderViolations(pageReader)).toEqual([]);
      const subscribed = await collect(store.subscribeToAll({ batchSize: 100 }), (r) => r.length === BULK_EVENTS, 120_000);
      expect(new Set(subscribed.map((e) => e.id)).size).toBe(BULK_EVENTS);
    }, 240_000);
  });

  describe('5. per-stream order in every feed', () => {
    it('keeps one stream in revision order when its appends commit out of start order', async () => {
      const h = harness();
      const writes = Array.from({ length: 12 }, (_, i) =>
        h.appendInHeldTransaction
          ? h.appendInHeldTransaction('order-1', [testEvent(i)], Math.floor(Math.random() * 40), 'commit')
          : h.store.appendToStream('order-1', [testEvent(i)], { expectedRevision: 'any' }),
      );
      await Promise.all(writes);
      const all = await readAllOnceReadable(h.store, 12, { maxCount: 100 });
      expect(all.map((e) => e.revision)).toEqual(Array.from({ length: 12 }, (_, i) => i));
    });

    it('filters the global log by category, in order', async () => {
      const { store } = harness();
      for (let i = 0; i < 5; i++) {
        await store.appendToStream(`alpha-${i % 2}`, [testEvent(i)], { expectedRevision: 'any' });
        await store.appendToStream(`beta-${i % 2}`, [testEvent(i)], { expectedRevision: 'any' });
      }
      const alpha = await readAllOnceReadable(store, 5, { category: 'alpha' });
      expect(alpha.every((e) => e.streamId.startsWith('alpha-'))).toBe(true);
      expect(alpha).toHaveLength(5);
      expect(perStreamOrderViolations(alpha)).toEqual([]);
      const live = await collect(store.subscribeToAll({ category: 'beta', batchSize: 2 }), (r) => r.length === 5);
      expect(live.map((e) => (e.data as { n: number }).n)).toEqual([0, 1, 2, 3, 4]);
    });

    it('reads several categories as one feed in log order, paged and live, without the others', async () => {
      const { store } = harness();
      for (let i = 0; i < 6; i++) {
        await store.appendToStream(`alpha-${i % 2}`, [testEvent(i)], { expectedRevision: 'any' });
        await store.appendToStream(`beta-${i % 2}`, [testEvent(i)], { expectedRevision: 'any' });
        await store.appendToStream(`gamma-${i % 2}`, [testEvent(i)], { expectedRevision: 'any' });
      }
      const all = await readAllOnceReadable(store, 18);
      const wanted = all.filter((e) => !e.streamId.startsWith('beta-')).map((e) => e.id);
      const merged = await readAllOnceReadable(store, 12, { category: ['gamma', 'alpha'] });
      expect(merged.map((e) => e.id)).toEqual(wanted);
      const pages = await collect(store.subscribeToAll({ category: ['alpha', 'gamma'], batchSize: 5 }), (r) => r.length === 12);
      expect(pages.map((e) => e.id)).toEqual(wanted);
      const later = collect(store.subscribeToAll({ after: all[all.length - 1].position, category: ['alpha', 'gamma'] }), (r) => r.length === 1);
      await store.appendToStream('beta-9', [testEvent(98)], { expectedRevision: 'any' });
      await store.appendToStream('gamma-9', [testEvent(99)], { expectedRevision: 'any' });
      expect((await later).map((e) => e.streamId)).toEqual(['gamma-9']);
    });
  });
}
