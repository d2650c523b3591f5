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
