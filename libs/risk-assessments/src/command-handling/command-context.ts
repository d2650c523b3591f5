/** What every risk-assessment command carries besides its own fields. */
export interface CommandContext {
  /** The acting staff member's pseudonymous reference. */
  readonly actor: string;
  /** The revision the user last saw; a stale one is refused with 409. */
  readonly expectedRevision?: number;
  /** From the Idempotency-Key header: a retried request stores nothing new. */
  readonly idempotencyKey?: string;
  readonly correlationId: string;
}

export interface CommandOutcome {
  /** The stream's revision after the command. */
  readonly revision: number;
  /** True when an earlier request with the same idempotency key already did this. */
  readonly alreadyRecorded: boolean;
}
