import { EventStore, NewEvent } from '../event-store.port';

/** What an adapter gives the contract suite: a fresh, empty store and optional fault hooks. */
export interface ContractHarness {
  readonly store: EventStore;
  /** Fixes the time the store records, so metadata can be asserted. */
  setClock(now: Date): void;
  /**
   * Appends in a transaction that stays open for `holdMs` before it commits or rolls back, to
   * provoke commits out of position order. Adapters without transactions of their own omit it.
   */
  appendInHeldTransaction?(streamId: string, events: NewEvent[], holdMs: number, outcome: 'commit' | 'rollback'): Promise<void>;
  /** Changes one stored byte of an event behind the store's back (tamper-evidence test). */
  tamperWithStoredEvent?(streamId: string, revision: number): Promise<void>;
  /** Deletes a stored event behind the store's back. */
  deleteStoredEvent?(streamId: string, revision: number): Promise<void>;
  dispose(): Promise<void>;
}
