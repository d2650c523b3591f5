import { ContractHarness } from './contract-harness';
import { atomicBatchContract } from './atomic-batch.contract';
import { concurrencyContract } from './concurrency.contract';
import { gapSafetyContract } from './gap-safety.contract';
import { metadataAndChainContract } from './metadata-and-chain.contract';
import { readsContract } from './reads.contract';
import { retrySafetyContract } from './retry-safety.contract';

/**
 * The guarantees every event store adapter must keep (ARCHITECTURE.md, guarantees 1-5 and 9).
 * Call it from an adapter's integration spec with a factory for a fresh, empty store.
 */
export function eventStoreContract(adapter: string, createHarness: () => Promise<ContractHarness>): void {
  describe(`event store contract: ${adapter}`, () => {
    let harness: ContractHarness;
    beforeEach(async () => {
      harness = await createHarness();
    });
    afterEach(async () => {
      await harness.dispose();
    });
    const get = () => harness;
    concurrencyContract(get);
    retrySafetyContract(get);
    atomicBatchContract(get);
    gapSafetyContract(get);
    readsContract(get);
    metadataAndChainContract(get);
  });
}
