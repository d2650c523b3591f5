import { AppendResult, ExpectedRevision } from '../event-store.port';

/** One caller's append, waiting for its batch: the JSON `append_batch` reads and the caller's answer. */
export interface QueuedAppend {
  readonly streamId: string;
  readonly expected: ExpectedRevision;
  /** `{"s": stream, "x": expected, "r": recordedAt, "e": events}`, already serialised. */
  readonly json: string;
  readonly resolve: (result: AppendResult) => void;
  readonly reject: (error: unknown) => void;
}

export interface GroupCommitOptions {
  /**
   * Batches sent at once (default 1). Measured with 8 writers: one at a time 7,579 appends/s in batches of 8;
   * two at a time 6,297/s, in batches of 4 that cost nearly what 8 do.
   */
  readonly maxInFlight?: number;
  /** Appends per batch at most (default 64). */
  readonly maxBatch?: number;
}

/**
 * Group commit: appends that arrive while earlier ones are being committed wait and go together, in
 * one transaction, in the order they came. An append with nothing ahead of it is sent at once, so a
 * quiet system pays no delay; a busy one pays one commit for many appends instead of one each.
 */
export class GroupCommit {
  private readonly queue: QueuedAppend[] = [];
  private inFlight = 0;
  private readonly maxInFlight: number;
  private readonly maxBatch: number;

  constructor(
    private readonly commit: (batch: readonly QueuedAppend[]) => Promise<void>,
    options: GroupCommitOptions = {},
  ) {
    this.maxInFlight = options.maxInFlight ?? 1;
    this.maxBatch = options.maxBatch ?? 64;
  }

  append(streamId: string, expected: ExpectedRevision, json: string): Promise<AppendResult> {
    return new Promise<AppendResult>((resolve, reject) => {
      this.queue.push({ streamId, expected, json, resolve, reject });
      this.send();
    });
  }

  private send(): void {
    while (this.inFlight < this.maxInFlight && this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      this.inFlight++;
      // `commit` answers every append of its batch; a failure it did not expect answers them all.
      this.commit(batch)
        .catch((error: unknown) => batch.forEach((append) => append.reject(error)))
        .finally(() => {
          this.inFlight--;
          this.send();
        });
    }
  }
}
