/** One stream's fold after `revision` (inclusive), and when that event was recorded. */
export interface FoldedPrefix<S> {
  readonly revision: number;
  readonly recordedAt: string;
  readonly state: S;
}

/**
 * Folded states of streams' prefixes, kept every `every` events: a stored event never changes, so the fold up to a
 * revision is the same for every later replay, and an auditor moving a time slider replays only the events after the
 * nearest prefix instead of the whole stream. Bounded to `streams` streams, the least recently used dropped first.
 */
export class FoldPrefixes<S> {
  private readonly kept = new Map<string, FoldedPrefix<S>[]>();

  constructor(
    readonly every = 1000,
    private readonly streams = 500,
  ) {}

  /** The longest kept prefix whose last event was recorded at or before the moment (streams are in recording order). */
  before(streamId: string, moment: Date): FoldedPrefix<S> | undefined {
    const prefixes = this.kept.get(streamId);
    if (!prefixes) return undefined;
    this.kept.delete(streamId); // most recently used last
    this.kept.set(streamId, prefixes);
    let best: FoldedPrefix<S> | undefined;
    for (const prefix of prefixes) if (new Date(prefix.recordedAt).getTime() <= moment.getTime()) best = prefix;
    return best;
  }

  /** Keeps the fold after `revision` when it falls on the interval. */
  keep(streamId: string, prefix: FoldedPrefix<S>): void {
    if ((prefix.revision + 1) % this.every !== 0) return;
    const prefixes = this.kept.get(streamId) ?? [];
    if (prefixes.some((p) => p.revision === prefix.revision)) return;
    prefixes.push(prefix);
    prefixes.sort((a, b) => a.revision - b.revision);
    this.kept.delete(streamId);
    this.kept.set(streamId, prefixes);
    if (this.kept.size > this.streams) this.kept.delete(this.kept.keys().next().value as string);
  }

  /** Forgets every prefix (the bench measures a cold replay this way). */
  clear(): void {
    this.kept.clear();
  }
}
