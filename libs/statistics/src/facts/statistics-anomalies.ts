import { IntegrationMessage } from '@vigil/integration-contracts';
import { EntityManager } from 'typeorm';

/** Kept, not thrown: a message that arrives out of per-stream order is evidence, and the tests count it. */
export async function recordAnomaly(manager: EntityManager, message: IntegrationMessage, reason: string): Promise<void> {
  await manager.query(
    `INSERT INTO statistics_anomalies (message_id, contract, stream_id, stream_revision, reason, recorded_at)
     VALUES ($1, $2, $3, $4, $5, now())`,
    [message.messageId, message.contract, message.streamId, message.streamRevision, reason],
  );
}
