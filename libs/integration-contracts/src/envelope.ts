/**
 * What crosses the service boundary on Kafka: a versioned integration contract, thinner than the
 * domain event it comes from. Never free text, never personal data (no staff or person references).
 */
export interface IntegrationMessage<Payload = unknown> {
  /** Stable contract name, e.g. `incidents.incident-reported`; the version is separate. */
  readonly contract: string;
  readonly version: number;
  /** The id of the domain event it was derived from: consumers deduplicate on it. */
  readonly messageId: string;
  /** The source stream; also the Kafka key, so one stream's messages keep their order. */
  readonly streamId: string;
  readonly streamRevision: number;
  /** When the source event was recorded in the event store (ISO 8601). */
  readonly recordedAt: string;
  readonly correlationId: string;
  readonly payload: Payload;
}

/** A message that cannot be read as any known contract; the reason names what is wrong. */
export class ContractViolation extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'ContractViolation';
  }
}
