import type { Language } from '@vigil/i18n';
import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { CommandRunner } from '@vigil/command-handling';
import { Clock, CLOCK } from '@vigil/event-store';
import { DataSource } from 'typeorm';
import { ReviewState } from '../domain/review.state';
import { ReviewSubject } from '../domain/review.vocabulary';
import { REVIEW_STREAM, reviewStreamId } from '../review-streams';
import { SUBJECT_RECORDS, SubjectRecords } from './subject-records.port';
import { assembleTimeline, TimelineEntry, unmatchedMoments } from './timeline';

export interface ReviewTimeline {
  readonly reviewId: string;
  readonly revision: number;
  readonly kind: string;
  readonly status: Exclude<ReviewState['status'], 'none'>;
  readonly title: string;
  readonly unit: string | null;
  readonly subject: ReviewSubject;
  readonly assembledAt: string;
  readonly entries: TimelineEntry[];
  readonly markedCount: number;
  readonly unmatchedMoments: string[];
}

/** A review's timeline, assembled now from its subjects' record and its own marks (null when no such review). */
export class GetReviewTimeline extends Query<ReviewTimeline | null> {
  constructor(
    readonly reviewId: string,
    /** The reader's language: the other contexts' records are put in its words. */
    readonly language: Language = 'en',
  ) {
    super();
  }
}

/** The review of a crisis activation, as the crisis page asks for it. */
export class GetActivationReview extends Query<ActivationReview> {
  constructor(readonly activationId: string) {
    super();
  }
}

export interface ActivationReview {
  readonly activationId: string;
  readonly reviewId: string | null;
  readonly status: string | null;
  readonly kind: string | null;
  readonly title: string | null;
  readonly count: number;
}

@QueryHandler(GetReviewTimeline)
export class GetReviewTimelineHandler implements IQueryHandler<GetReviewTimeline> {
  constructor(
    private readonly runner: CommandRunner,
    @Inject(SUBJECT_RECORDS) private readonly records: SubjectRecords,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ reviewId, language }: GetReviewTimeline): Promise<ReviewTimeline | null> {
    // The review's own stream, not a read model: the marks are as recorded, even the one just made.
    const { state, revision } = await this.runner.load(reviewStreamId(reviewId), REVIEW_STREAM.model);
    if (state.status === 'none' || !state.subject || !state.kind || revision === null) return null;
    const entries = assembleTimeline(await this.records.recordsOf(state.subject, language), state.moments);
    return {
      reviewId,
      revision,
      kind: state.kind,
      status: state.status,
      title: state.title,
      unit: state.unit,
      subject: state.subject,
      assembledAt: this.clock.now().toISOString(),
      entries,
      markedCount: entries.filter((e) => e.marked).length,
      unmatchedMoments: unmatchedMoments(entries, state.moments),
    };
  }
}

@QueryHandler(GetActivationReview)
export class GetActivationReviewHandler implements IQueryHandler<GetActivationReview> {
  constructor(private readonly db: DataSource) {}

  async execute({ activationId }: GetActivationReview): Promise<ActivationReview> {
    const rows: { review_id: string; status: string; kind: string; title: string }[] = await this.db.query(
      `SELECT review_id, status, kind, title FROM learning_review_subjects WHERE activation_id = $1
        ORDER BY (status = 'published') DESC, created_at DESC, review_id`,
      [activationId],
    );
    const [first] = rows;
    return {
      activationId,
      reviewId: first?.review_id ?? null,
      status: first?.status ?? null,
      kind: first?.kind ?? null,
      title: first?.title ?? null,
      count: rows.length,
    };
  }
}

export const TIMELINE_QUERY_HANDLERS = [GetReviewTimelineHandler, GetActivationReviewHandler];
