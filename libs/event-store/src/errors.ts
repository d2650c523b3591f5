import { ExpectedRevision } from './event-store.port';

/** Closed set of failures the store reports; adapters translate their driver's errors into these. */
export type EventStoreErrorCode = 'wrong-expected-revision' | 'event-id-conflict' | 'invalid-event';

export abstract class EventStoreError extends Error {
  abstract readonly code: EventStoreErrorCode;
}

/** The stream was not where the append expected it. */
export class WrongExpectedRevisionError extends EventStoreError {
  readonly code = 'wrong-expected-revision' as const;
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    /** The stream's current revision, or null when it does not exist. */
    readonly actual: number | null,
  ) {
    super(`Stream "${streamId}": expected revision ${String(expected)}, actual ${actual === null ? 'no stream' : actual}`);
  }
}

/** An event id already stored with other content, or in another stream or batch. */
export class EventIdConflictError extends EventStoreError {
  readonly code = 'event-id-conflict' as const;
  constructor(
    readonly streamId: string,
    readonly eventId: string,
    detail: string,
  ) {
    super(`Event id ${eventId} appended to "${streamId}" conflicts with a stored event: ${detail}`);
  }
}

/** The events themselves are malformed (bad id, type, empty batch, non-JSON data). */
export class InvalidEventError extends EventStoreError {
  readonly code = 'invalid-event' as const;
  constructor(message: string) {
    super(message);
  }
}
