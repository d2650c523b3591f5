import { RecordedEvent } from '@vigil/event-store';
import { Projection } from '@vigil/projections';
import { EntityManager } from 'typeorm';
import { ContractHandler } from '../consumer/contract-handler';
import { Publication } from '../relay/publication';

/**
 * The embedded default without Kafka: the consumer's handler is fed the same contracts straight from
 * the event store, as a checkpointed projection (exactly once by the checkpoint, no inbox needed).
 */
export function inProcessFeed(publication: Publication, handler: ContractHandler): Projection {
  return {
    name: `${handler.name}:in-process`,
    tables: handler.tables,
    category: publication.category,
    async handle(event: RecordedEvent, manager: EntityManager): Promise<void> {
      for (const message of publication.toMessages(event)) await handler.handle(message, manager);
    },
  };
}
