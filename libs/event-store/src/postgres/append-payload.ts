import { NewEvent } from '../event-store.port';
import { schemaVersionOf } from '../event-validation';

/** The JSON array event_store.append_to_stream takes: each event with its full, hashed metadata. */
export function appendPayload(events: readonly NewEvent[], recordedAt: string): string {
  return JSON.stringify(
    events.map((e) => ({
      id: e.id.toLowerCase(),
      type: e.type,
      data: e.data,
      metadata: {
        actor: e.metadata.actor,
        correlationId: e.metadata.correlationId,
        causationId: e.metadata.causationId ?? null,
        recordedAt,
        schemaVersion: schemaVersionOf(e.type),
      },
    })),
  );
}
