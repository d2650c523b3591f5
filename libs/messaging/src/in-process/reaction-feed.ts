import { RecordedEvent } from '@vigil/event-store';
import { IntegrationMessage } from '@vigil/integration-contracts';
import { Projection } from '@vigil/projections';
import { EntityManager } from 'typeorm';
import { Publication } from '../relay/publication';

/**
 * A context's reaction to other contexts' published contracts, run in the same deployment: it sees
 * the contracts (never the other context's domain events) and, when it must weigh them against its
 * own state in log order (a policy "in force" when an incident was reported), its own events too.
 */
export interface ContractReaction {
  /** Its checkpoint's name; stable, or a rebuild starts from the beginning. */
  readonly name: string;
  /** The contract topics it reads; the platform finds the publications that feed them. */
  readonly topics: readonly string[];
  /** Its read-model tables (emptied by a rebuild). */
  readonly tables: readonly string[];
  handle(message: IntegrationMessage, manager: EntityManager): Promise<void>;
  /** Its own context's events of these categories, delivered in the same log order as the contracts. */
  readonly own?: {
    readonly categories: readonly string[];
    handle(event: RecordedEvent, manager: EntityManager): Promise<void>;
  };
}

/** The reaction as a checkpointed projection: exactly once by the checkpoint, in log order, in one transaction. */
export function reactionFeed(reaction: ContractReaction, publications: readonly Publication[]): Projection {
  const feeding = publications.filter((publication) => reaction.topics.includes(publication.topic));
  const missing = reaction.topics.filter((topic) => !feeding.some((publication) => publication.topic === topic));
  if (missing.length > 0) throw new Error(`Reaction ${reaction.name} reads ${missing.join(', ')}, which no context publishes`);
  // Only the categories it reads, merged in log order: never the whole log (at 10M events a first start read all of it).
  const upstream = feeding.map((publication) => publication.category);
  const own = reaction.own?.categories ?? [];
  return {
    name: reaction.name,
    tables: reaction.tables,
    category: [...new Set([...upstream, ...own])],
    async handle(event: RecordedEvent, manager: EntityManager): Promise<void> {
      if (own.some((category) => event.streamId.startsWith(`${category}-`))) await reaction.own?.handle(event, manager);
      for (const publication of feeding) {
        if (!event.streamId.startsWith(`${publication.category}-`)) continue;
        for (const message of publication.toMessages(event)) await reaction.handle(message, manager);
      }
    },
  };
}
