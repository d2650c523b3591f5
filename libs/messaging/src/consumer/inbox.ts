import { IntegrationMessage } from '@vigil/integration-contracts';
import { EntityManager } from 'typeorm';
import { IncomingMessage } from '../message-bus.port';

/** Records the message as processed by this consumer; false when it already was (a redelivery). */
export async function enterInbox(manager: EntityManager, consumer: string, message: IntegrationMessage, source: IncomingMessage): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `INSERT INTO messaging_inbox (consumer, message_id, stream_id, stream_revision, topic, partition, "offset", processed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, now()) ON CONFLICT (consumer, message_id) DO NOTHING RETURNING 1`,
    [consumer, message.messageId, message.streamId, message.streamRevision, source.topic, source.partition, source.offset],
  );
  return rows.length === 1;
}
