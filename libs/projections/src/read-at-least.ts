import { ProjectionProgress } from './projection-progress';

export interface ProjectionReadsOptions {
  /** How long a read waits for the revision it asks for by default (ms). */
  readonly timeoutMs?: number;
  /** Re-check interval when the projection runs in another process, so no commit signal comes here (ms). */
  readonly recheckMs?: number;
  /** Safety re-check even with the runner here: another process may hold the projection's checkpoint (ms). */
  readonly localRecheckMs?: number;
}

export const DEFAULT_READ_WAIT_MS = 2_000;

/** Reads from read models that wait, bounded, until a projection has caught up with a revision the reader wrote. */
export class ProjectionReads {
  readonly timeoutMs: number;
  private readonly recheckMs: number;
  private readonly localRecheckMs: number;

  constructor(
    private readonly progress: ProjectionProgress,
    options: ProjectionReadsOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_READ_WAIT_MS;
    this.recheckMs = options.recheckMs ?? 25;
    this.localRecheckMs = options.localRecheckMs ?? 250;
  }

  /**
   * Loads the row; while it is missing or older than `minRevision`, loads again after the projection's next commit (or
   * the re-check interval) until it is new enough or `timeoutMs` runs out. Answers the last row loaded either way.
   */
  async readAtLeast<Row>(
    projection: string,
    minRevision: number,
    load: () => Promise<Row | null>,
    revisionOf: (row: Row) => number,
    timeoutMs = this.timeoutMs,
  ): Promise<Row | null> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      // Taken before the load: a page committed while we read still wakes us.
      const next = this.progress.nextCommit(projection);
      try {
        const row = await load();
        const left = deadline - Date.now();
        if ((row !== null && revisionOf(row) >= minRevision) || left <= 0) return row;
        const recheck = this.progress.isRunningHere(projection) ? this.localRecheckMs : this.recheckMs;
        await firstOf(next.committed, Math.min(left, recheck));
      } finally {
        next.cancel();
      }
    }
  }
}

/** Settles when `signal` does or after `ms`, whichever comes first, and leaves no timer behind. */
async function firstOf(signal: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([signal, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
  } finally {
    clearTimeout(timer);
  }
}
