import { InvalidEventError } from './errors';
import { NewEvent } from './event-store.port';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
/** `<context>.<event-name>.v<version>`, lower-case, so names stay stable across refactors. */
const EVENT_TYPE = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+\.v([1-9][0-9]*)$/;
const STREAM_ID = /^[a-z][a-z0-9]*-[A-Za-z0-9._:-]{1,200}$/;

export function schemaVersionOf(type: string): number {
  const match = EVENT_TYPE.exec(type);
  if (!match) throw new InvalidEventError(`Event type "${type}" is not of the form <context>.<name>.v<version>`);
  return Number(match[2]);
}

export function validateAppend(streamId: string, events: readonly NewEvent[]): void {
  if (!STREAM_ID.test(streamId)) {
    throw new InvalidEventError(`Stream id "${streamId}" is not of the form <category>-<id> (letters, digits, . _ : -)`);
  }
  if (events.length === 0) throw new InvalidEventError(`Append to "${streamId}" has no events`);
  const seen = new Set<string>();
  for (const event of events) {
    if (!UUID.test(event.id)) throw new InvalidEventError(`Event id "${event.id}" is not a UUID`);
    if (seen.has(event.id.toLowerCase())) throw new InvalidEventError(`Event id ${event.id} appears twice in one append`);
    seen.add(event.id.toLowerCase());
    schemaVersionOf(event.type);
    if (event.data === undefined || event.data === null || typeof event.data !== 'object') {
      throw new InvalidEventError(`Event ${event.id} (${event.type}) has no data object`);
    }
    if (!event.metadata?.actor || !event.metadata.correlationId) {
      throw new InvalidEventError(`Event ${event.id} (${event.type}) lacks metadata.actor or metadata.correlationId`);
    }
  }
}
