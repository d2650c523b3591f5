import { ContractHandler } from './consumer/contract-handler';
import { Publication } from './relay/publication';

/**
 * Several environments (or test runs) can share one cluster: KAFKA_TOPIC_PREFIX names their topics,
 * consumer groups and relay checkpoints apart, e.g. `staging.vigil.incidents.v1`.
 */
export function prefixPublication(publication: Publication, prefix: string): Publication {
  if (!prefix) return publication;
  return { ...publication, topic: `${prefix}${publication.topic}` };
}

export function prefixHandler(handler: ContractHandler, prefix: string): ContractHandler {
  if (!prefix) return handler;
  return { ...handler, name: `${prefix}${handler.name}`, topics: handler.topics.map((t) => `${prefix}${t}`) };
}
