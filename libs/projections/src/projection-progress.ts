/** Wakes the readers waiting for one projection's next commit. */
type Wake = () => void;

/** A wait for one projection's next committed page; cancel() when it is no longer wanted. */
export interface NextCommit {
  readonly committed: Promise<void>;
  cancel(): void;
}

/**
 * In-process word that a projection committed a page, so a reader waiting for its own write reads again at once
 * instead of polling. One instance per process, shared by the runners and the HTTP side; a commit nobody waits for
 * costs one map look-up.
 */
export class ProjectionProgress {
  private readonly waiting = new Map<string, Set<Wake>>();
  private readonly runners = new Map<string, number>();

  /** A runner of `projection` works in this process until the returned function is called. */
  runsHere(projection: string): () => void {
    this.runners.set(projection, (this.runners.get(projection) ?? 0) + 1);
    let left = false;
    return () => {
      if (left) return;
      left = true;
      const count = (this.runners.get(projection) ?? 1) - 1;
      if (count > 0) this.runners.set(projection, count);
      else this.runners.delete(projection);
    };
  }

  /** Whether commits of `projection` are signalled here; without a runner in this process readers must re-check on their own. */
  isRunningHere(projection: string): boolean {
    return this.runners.has(projection);
  }

  /** Called by a runner after each committed page: wakes everyone waiting on that projection. */
  committed(projection: string): void {
    const wakes = this.waiting.get(projection);
    if (!wakes) return;
    this.waiting.delete(projection);
    for (const wake of wakes) wake();
  }

  /** Resolves at the projection's next commit; take it before reading so a commit during the read is not missed. */
  nextCommit(projection: string): NextCommit {
    let wake!: Wake;
    const committed = new Promise<void>((resolve) => (wake = resolve));
    const wakes = this.waiting.get(projection) ?? new Set<Wake>();
    wakes.add(wake);
    this.waiting.set(projection, wakes);
    return {
      committed,
      cancel: () => {
        const current = this.waiting.get(projection);
        if (!current?.delete(wake) || current.size > 0) return;
        this.waiting.delete(projection);
      },
    };
  }

  /** How many readers wait for `projection` (for tests and metrics). */
  waiters(projection: string): number {
    return this.waiting.get(projection)?.size ?? 0;
  }
}
