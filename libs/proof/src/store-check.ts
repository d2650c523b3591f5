import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Checkpointer } from './checkpointer';
import { sqlOf } from './proof-log';
import { FindingKind, verifyStore } from './store-verifier';

/** What a whole-store check found, without naming any record: safe to show anyone who may see the checkpoint. */
export interface StoreCheckResult {
  /** When the check finished. */
  readonly checkedAt: string;
  /** How long it took. */
  readonly tookMs: number;
  /** The latest published checkpoint the store was held to (null: none published yet). */
  readonly checkpointSize: number | null;
  readonly events: number;
  readonly streams: number;
  readonly checkpointsChecked: number;
  /** Nothing found: every chain intact, every published checkpoint's root rebuilt from the events, each consistent with the one before. */
  readonly intact: boolean;
  /** What was found, counted by kind (the streams are named by `npm run cli -- verify`, not here). */
  readonly problems: { kind: FindingKind | 'checkpoint-unreadable'; count: number }[];
}

export interface StoreCheckAnswer {
  /** The latest finished check (null before the first has finished). */
  readonly result: StoreCheckResult | null;
  /** A check is under way: a newer answer follows. */
  readonly checking: boolean;
}

export interface StoreCheckOptions {
  /** A result younger than this is answered as it is, unless a newer checkpoint was signed since. */
  readonly maxAgeMs: number;
  /** Never two checks closer together than this, however many checkpoints are signed or people ask (the cost bound). */
  readonly minGapMs: number;
  /** How long a question waits for a check it started before answering with what there is. */
  readonly waitMs: number;
}

export const STORE_CHECK_DEFAULTS: StoreCheckOptions = { maxAgeMs: 10 * 60_000, minGapMs: 30_000, waitMs: 3_000 };

/**
 * Whether the store verifies against the latest checkpoint: what `npm run cli -- verify` does for the whole store (every
 * chain re-hashed here, the tree rebuilt from the events, every checkpoint in the file sink checked against it and the
 * one before), run at most once per `minGapMs` and one at a time, its result kept with the time it was found. A question
 * never starts more work than that: it gets the latest result, and starts a check only when that result is older than
 * `maxAgeMs` or held the store to an older checkpoint than the latest.
 */
export class StoreCheck {
  private readonly logger = new Logger('StoreCheck');
  private last: StoreCheckResult | null = null;
  private lastStartedAt = 0;
  private running: Promise<StoreCheckResult> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly checkpointer: Checkpointer,
    private readonly options: StoreCheckOptions = STORE_CHECK_DEFAULTS,
  ) {}

  async answer(): Promise<StoreCheckAnswer> {
    const latest = await this.checkpointer.latestPublished();
    const stale =
      !this.last || Date.now() - Date.parse(this.last.checkedAt) > this.options.maxAgeMs || (latest?.checkpoint.size ?? null) !== this.last.checkpointSize;
    if (stale && !this.running && Date.now() - this.lastStartedAt >= this.options.minGapMs) void this.start();
    const running = this.running;
    if (running) {
      const timeout = new Promise<void>((resolve) => setTimeout(resolve, this.options.waitMs).unref());
      await Promise.race([running.catch(() => null), timeout]);
    }
    return { result: this.last, checking: this.running !== null };
  }

  /** Runs a check now (unless one is running: then that one), whatever the age of the last. */
  check(): Promise<StoreCheckResult> {
    return this.running ?? this.start();
  }

  private start(): Promise<StoreCheckResult> {
    this.lastStartedAt = Date.now();
    const running = this.run().finally(() => {
      if (this.running === running) this.running = null;
    });
    this.running = running;
    running.catch((error: unknown) => this.logger.warn(`The store check failed, will try again when asked: ${(error as Error).message}`));
    return running;
  }

  private async run(): Promise<StoreCheckResult> {
    const started = Date.now();
    const published = this.checkpointer.published();
    const notes = published.flatMap((entry) => (entry.note ? [entry.note] : []));
    const verified = await verifyStore(sqlOf(this.dataSource), notes, this.checkpointer.publicKey.publicKey);
    const counts = new Map<StoreCheckResult['problems'][number]['kind'], number>();
    for (const finding of verified.findings) counts.set(finding.kind, (counts.get(finding.kind) ?? 0) + 1);
    const unreadable = published.filter((entry) => entry.error).length;
    if (unreadable) counts.set('checkpoint-unreadable', unreadable);
    this.last = {
      checkedAt: new Date().toISOString(),
      tookMs: Date.now() - started,
      checkpointSize: verified.latestCheckpoint,
      events: verified.events,
      streams: verified.streams,
      checkpointsChecked: verified.checkpointsChecked,
      intact: counts.size === 0,
      problems: [...counts].map(([kind, count]) => ({ kind, count })),
    };
    if (!this.last.intact)
      this.logger.error(`The store does NOT verify against checkpoint ${this.last.checkpointSize}: run npm run cli -- verify to see where`);
    return this.last;
  }
}
