import { hashEvent } from '../hash-chain';
import { ContractHarness } from './contract-harness';
import { testEvent, testEvents } from './contract-events';

/** Every event's metadata, its hash chain, and guarantee 9: tamper evidence. */
export function metadataAndChainContract(harness: () => ContractHarness): void {
  describe('metadata and hash chain', () => {
    it('records actor, correlation, causation, time and schema version', async () => {
      const h = harness();
      h.setClock(new Date('2025-03-04T05:06:07.089Z'));
      const event = { ...testEvent(1), metadata: { actor: 'ST-AB12CD', correlationId: 'corr-1', causationId: 'cause-1' } };
      await h.store.appendToStream('meta-1', [event], { expectedRevision: 'no-stream' });
      const [stored] = await h.store.readStream('meta-1');
      expect(stored.metadata).toEqual({
        actor: 'ST-AB12CD',
        correlationId: 'corr-1',
        causationId: 'cause-1',
        recordedAt: '2025-03-04T05:06:07.089Z',
        schemaVersion: 1,
      });
      expect(stored.id).toBe(event.id);
      expect(stored.type).toBe('contract.something-happened.v1');
    });

    it('chains each event to its stream predecessor and verifies intact streams', async () => {
      const { store } = harness();
      await store.appendToStream('chain-1', testEvents(3), { expectedRevision: 'no-stream' });
      await store.appendToStream('chain-1', testEvents(2, 3), { expectedRevision: 2 });
      const events = await store.readStream('chain-1');
      expect(events[0].previousHash).toBeNull();
      for (let i = 1; i < events.length; i++) expect(events[i].previousHash).toBe(events[i - 1].hash);
      expect(new Set(events.map((e) => e.hash)).size).toBe(5);
      expect(await store.verifyStream('chain-1')).toMatchObject({ intact: true, eventsChecked: 5, firstBrokenRevision: null });
      expect(hashEvent(null, { streamId: 'x', revision: 0, eventId: 'e', type: 't', dataText: '{}', metadataText: '{}' })).toHaveLength(32);
    });

    it('names the first revision whose stored bytes were changed', async () => {
      const h = harness();
      if (!h.tamperWithStoredEvent) throw new Error('adapter gives no tamper hook: guarantee 9 cannot be proved for it');
      await h.store.appendToStream('chain-2', testEvents(6), { expectedRevision: 'no-stream' });
      await h.tamperWithStoredEvent('chain-2', 3);
      const [, , , fourth] = await h.store.readStream('chain-2');
      const result = await h.store.verifyStream('chain-2');
      expect(result).toMatchObject({ intact: false, firstBrokenRevision: 3, reason: 'content does not match its hash' });
      expect(result.firstBrokenPosition).toEqual(fourth.position);
    });

    it('names a deleted event as the first break', async () => {
      const h = harness();
      if (!h.deleteStoredEvent) throw new Error('adapter gives no delete hook: guarantee 9 cannot be proved for it');
      await h.store.appendToStream('chain-3', testEvents(4), { expectedRevision: 'no-stream' });
      await h.deleteStoredEvent('chain-3', 1);
      expect(await h.store.verifyStream('chain-3')).toMatchObject({ intact: false, firstBrokenRevision: 1 });
    });

    it('reads a page across a deleted event as the events still there: the count asked for, none invented', async () => {
      const h = harness();
      if (!h.deleteStoredEvent) throw new Error('adapter gives no delete hook');
      await h.store.appendToStream('chain-4', testEvents(6), { expectedRevision: 'no-stream' });
      await h.deleteStoredEvent('chain-4', 2);
      const revisions = async (options: object) => (await h.store.readStream('chain-4', options)).map((e) => e.revision);
      expect(await revisions({ fromRevision: 0, maxCount: 3 })).toEqual([0, 1, 3]);
      expect(await revisions({ fromRevision: 4, direction: 'backwards', maxCount: 3 })).toEqual([4, 3, 1]);
    });
  });
}
