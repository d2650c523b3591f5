/**
 * A command the rules refuse. Each context subclasses it with a closed union of codes; `field`
 * names the offending input, and the command runner attaches what the stream held when refused.
 */
export abstract class DomainError<Code extends string = string> extends Error {
  /** Set by the command runner: the stream's revision and state the command was refused against. */
  current?: { revision: number | null; state: unknown };

  constructor(
    readonly code: Code,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A command named a revision the stream has moved past, or lost a race; carries what is there now. */
export class StaleRevisionError extends Error {
  constructor(
    readonly streamId: string,
    readonly expectedRevision: number | null,
    readonly currentRevision: number | null,
    readonly current: unknown,
  ) {
    super(`Stream "${streamId}" is at revision ${currentRevision ?? 'none'}, not ${expectedRevision ?? 'none'}`);
    this.name = 'StaleRevisionError';
  }
}
