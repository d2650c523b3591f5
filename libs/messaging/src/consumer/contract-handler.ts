import { IntegrationMessage } from '@vigil/integration-contracts';
import { EntityManager } from 'typeorm';

/**
 * A consuming service's reaction to integration contracts. It runs inside the transaction that also
 * records the message in the inbox, so its effect happens once however often Kafka redelivers.
 * Throw a ContractViolation for a message that can never be processed: it goes to the dead letters.
 */
export interface ContractHandler {
  /** The consumer group id and the inbox's name for this service. */
  readonly name: string;
  readonly topics: readonly string[];
  /** Its read-model tables (emptied by a rebuild of the in-process feed). */
  readonly tables: readonly string[];
  handle(message: IntegrationMessage, manager: EntityManager): Promise<void>;
}
