import { RecordedEvent } from '@vigil/event-store';
import { IntegrationMessage } from '@vigil/integration-contracts';

/** What one bounded context publishes: which events, to which topic, as which contracts. */
export interface Publication {
  /** The relay's checkpoint name, e.g. `relay:incidents`. */
  readonly name: string;
  readonly topic: string;
  /** Event-store category the relay reads. */
  readonly category: string;
  /** The contracts an event becomes; none when nothing of it crosses the boundary. */
  toMessages(event: RecordedEvent): IntegrationMessage[];
}
