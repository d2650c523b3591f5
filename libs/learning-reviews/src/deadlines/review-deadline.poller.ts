import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta, CommandRunner } from '@vigil/command-handling';
import { deterministicUuid, StaleRevisionError } from '@vigil/event-sourcing';
import { Clock } from '@vigil/event-store';
import { DataSource, EntityManager } from 'typeorm';
import { RecordReviewDeadlinesCommand } from '../actions/action-commands';
import { decideDeadlines } from '../domain/action.decide';
import { ReviewState } from '../domain/review.state';
import { deadlineIndexOf } from '../read-models/review-rows';
import { LEARNING_ACTOR, REVIEW_STREAM, reviewStreamId } from '../review-streams';

export interface ReviewDeadlineOptions {
  /** Hours after a missed deadline before it is escalated (default 48). */
  readonly graceHours?: number;
  readonly batchSize?: number;
}

export interface ReviewDeadlineTick {
  reviews: number;
  recorded: number;
}

/** One event per deadline, review or action, and kind: the same id however often (or by however many workers) it is decided. */
function deadlineEventId(reviewId: string, event: ReturnType<typeof decideDeadlines>[number]): string {
  const which = 'actionId' in event.data ? [event.data.actionId, event.data.dueOn] : [event.data.deadline, event.data.due];
  return deterministicUuid('vigil-learning-deadline', reviewId, event.type, ...which);
}

/**
 * The durable deadline workflow of learning reviews. The deadline index is only where to look: each due row is locked
 * (SKIP LOCKED, so workers share the work), its stream folded, and the pure decider says what to record, by one command
 * pinned to the revision it decided on.
 */
export class ReviewDeadlinePoller {
  readonly graceHours: number;
  private readonly batchSize: number;

  constructor(
    private readonly commands: CommandBus,
    private readonly runner: CommandRunner,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    options: ReviewDeadlineOptions = {},
  ) {
    this.graceHours = options.graceHours ?? 48;
    this.batchSize = options.batchSize ?? 50;
  }

  async pollOnce(): Promise<ReviewDeadlineTick> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const rows: { review_id: string }[] = await manager.query(
        `SELECT review_id FROM learning_review_deadlines
          WHERE next_due_at <= $1 OR next_escalation_at + make_interval(hours => $2::int) <= $1
          ORDER BY least(next_due_at, next_escalation_at) LIMIT $3 FOR UPDATE SKIP LOCKED`,
        [now.toISOString(), this.graceHours, this.batchSize],
      );
      const tick: ReviewDeadlineTick = { reviews: rows.length, recorded: 0 };
      for (const row of rows) tick.recorded += await this.settle(row.review_id, now, manager);
      return tick;
    });
  }

  /** The earliest clock time after `asOf` at which a review deadline passes or its grace runs out (null: none). */
  async nextDue(asOf: Date): Promise<Date | null> {
    const [row]: { next: Date | null }[] = await this.dataSource.query(
      `SELECT least(
          (SELECT min(next_due_at) FROM learning_review_deadlines WHERE next_due_at IS NOT NULL AND next_due_at > $1),
          (SELECT min(next_escalation_at) FROM learning_review_deadlines
            WHERE next_escalation_at IS NOT NULL AND next_escalation_at > $1::timestamptz - make_interval(hours => $2::int)) + make_interval(hours => $2::int)
        ) AS next`,
      [asOf.toISOString(), this.graceHours],
    );
    return row?.next ? new Date(row.next) : null;
  }

  private async settle(reviewId: string, now: Date, manager: EntityManager): Promise<number> {
    let { state, revision } = await this.runner.load(reviewStreamId(reviewId), REVIEW_STREAM.model);
    if (revision === null) return 0;
    const decided = decideDeadlines(reviewId, state, now, this.graceHours);
    let recorded = 0;
    if (decided.length > 0) {
      const ids = decided.map((event) => deadlineEventId(reviewId, event));
      const meta: CommandMeta = { actor: LEARNING_ACTOR, correlationId: ids[0], expectedRevision: revision, eventIds: (i) => ids[i] };
      try {
        const outcome = await this.commands.execute(new RecordReviewDeadlinesCommand({ reviewId, asOf: now, graceHours: this.graceHours }, meta));
        if (!outcome.alreadyRecorded) recorded = decided.length;
        ({ state, revision } = outcome);
      } catch (error) {
        if (error instanceof StaleRevisionError) return 0; // a command moved the review on: the next poll decides afresh
        throw error;
      }
    }
    await this.markIndex(reviewId, revision!, state, manager);
    return recorded;
  }

  /** Marks the index at once, so the next poll skips the review before the projection catches up. */
  private async markIndex(reviewId: string, revision: number, state: ReviewState, manager: EntityManager): Promise<void> {
    const { nextDueAt, nextEscalationAt } = deadlineIndexOf(state);
    await manager.query(
      `UPDATE learning_review_deadlines SET revision = $2, status = $3, next_due_at = $4, next_escalation_at = $5
        WHERE review_id = $1 AND revision <= $2`,
      [reviewId, revision, state.status, nextDueAt, nextEscalationAt],
    );
  }
}
