import { RecordedEvent } from '@vigil/event-store';
import { Projection } from '@vigil/projections';
import { EntityManager } from 'typeorm';
import { ReviewEvent } from '../domain/review.events';
import { evolveReview, initialReview, ReviewState } from '../domain/review.state';
import { REVIEW_CATEGORY } from '../review-streams';
import { actionRows, itemRows } from './review-detail-rows';
import { areaOfUnit } from './review-reader-scope';
import { deadlineIndexOf, reviewCounts, reviewOverdue } from './review-rows';

const reviewIdOf = (streamId: string) => streamId.slice(REVIEW_CATEGORY.length + 1);

/**
 * Reviews as the list shows them, their follow-up actions, their findings and factors (for themes), and the deadline
 * index the worker polls: all folded with the domain's evolve, one transaction per event.
 */
export class LearningReviewsProjection implements Projection {
  readonly name = 'learning-reviews.reviews';
  readonly tables = ['learning_reviews', 'learning_review_actions', 'learning_review_factors', 'learning_review_deadlines'];
  readonly category = REVIEW_CATEGORY;

  async handle(event: RecordedEvent, manager: EntityManager): Promise<void> {
    if (!event.type.startsWith('learning-reviews.')) return;
    const reviewId = reviewIdOf(event.streamId);
    const [row] = await manager.query('SELECT revision, state FROM learning_reviews WHERE review_id = $1', [reviewId]);
    if (row && row.revision >= event.revision) return; // already applied (idempotent on replays)
    const domainEvent = { type: event.type, data: event.data } as ReviewEvent;
    const state = evolveReview((row?.state as ReviewState) ?? initialReview, domainEvent);
    if (state.status === 'none') return;
    const at = event.metadata.recordedAt;
    await this.review(reviewId, event.revision, state, domainEvent, at, manager);
    await itemRows(reviewId, domainEvent, state, at, manager);
    await actionRows(reviewId, domainEvent, state, at, manager);
    const { nextDueAt, nextEscalationAt } = deadlineIndexOf(state);
    await manager.query(
      `INSERT INTO learning_review_deadlines (review_id, revision, status, next_due_at, next_escalation_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (review_id) DO UPDATE SET revision = $2, status = $3, next_due_at = $4, next_escalation_at = $5
       WHERE learning_review_deadlines.revision < $2`,
      [reviewId, event.revision, state.status, nextDueAt, nextEscalationAt],
    );
  }

  private async review(reviewId: string, revision: number, state: ReviewState, event: ReviewEvent, at: string, manager: EntityManager): Promise<void> {
    const subject = state.subject!;
    const counts = reviewCounts(state);
    const policyRule = event.type === 'learning-reviews.review-required.v1' ? event.data.policy.rule : null;
    const d = state.deadlines;
    await manager.query(
      `INSERT INTO learning_reviews (review_id, revision, kind, title, subject_type, incident_ids, activation_id, unit, area, status, policy_rule,
         start_by, due_on, start_overdue, finish_overdue, start_escalated, finish_escalated, overdue, findings, factors, actions_open, actions_overdue,
         signed_off, created_at, published_at, updated_at, state)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $24, $26)
       ON CONFLICT (review_id) DO UPDATE SET revision = $2, kind = $3, title = $4, subject_type = $5, incident_ids = $6, activation_id = $7,
         unit = $8, area = $9, status = $10, policy_rule = COALESCE(learning_reviews.policy_rule, $11), start_by = $12, due_on = $13,
         start_overdue = $14, finish_overdue = $15, start_escalated = $16, finish_escalated = $17, overdue = $18, findings = $19, factors = $20,
         actions_open = $21, actions_overdue = $22, signed_off = $23, published_at = COALESCE(learning_reviews.published_at, $25),
         updated_at = $24, state = $26`,
      [
        reviewId,
        revision,
        state.kind,
        state.title,
        subject.type,
        subject.type === 'activation' ? [] : subject.incidentIds,
        subject.type === 'activation' ? subject.activationId : null,
        state.unit,
        areaOfUnit(state.unit),
        state.status,
        policyRule,
        state.startBy,
        state.dueOn,
        d.startOverdue,
        d.finishOverdue,
        d.startEscalated,
        d.finishEscalated,
        reviewOverdue(state),
        counts.findings,
        counts.factors,
        counts.actionsOpen,
        counts.actionsOverdue,
        Object.keys(state.signedOff),
        at,
        event.type === 'learning-reviews.review-published.v1' ? at : null,
        JSON.stringify(state),
      ],
    );
  }
}
