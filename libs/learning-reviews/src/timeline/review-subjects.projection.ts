import { RecordedEvent } from '@vigil/event-store';
import { Projection } from '@vigil/projections';
import { EntityManager } from 'typeorm';
import { ReviewEvent } from '../domain/review.events';
import { ReviewSubject, SIGN_OFF_ROLES } from '../domain/review.vocabulary';
import { REVIEW_CATEGORY } from '../review-streams';

const subjectColumns = (subject: ReviewSubject) =>
  subject.type === 'activation'
    ? { type: 'activation', activationId: subject.activationId, exercise: subject.exercise, incidentIds: [] as string[] }
    : { type: subject.type, activationId: null, exercise: null, incidentIds: [...subject.incidentIds] };

/** Each review's subject and status (required, draft, agreed, published), so a subject's page can find its review. */
export class ReviewSubjectsProjection implements Projection {
  readonly name = 'learning-reviews.review-subjects';
  readonly tables = ['learning_review_subjects'];
  readonly category = REVIEW_CATEGORY;

  async handle(recorded: RecordedEvent, manager: EntityManager): Promise<void> {
    const event = { type: recorded.type, data: recorded.data } as ReviewEvent;
    const reviewId = (recorded.data as { reviewId?: string }).reviewId;
    if (!reviewId) return;
    const [row]: { revision: number; status: string; signed_off: string[] }[] = await manager.query(
      'SELECT revision, status, signed_off FROM learning_review_subjects WHERE review_id = $1',
      [reviewId],
    );
    if (row && row.revision >= recorded.revision) return; // already applied
    const at = recorded.metadata.recordedAt;
    switch (event.type) {
      case 'learning-reviews.review-required.v1':
      case 'learning-reviews.review-started.v1': {
        const s = subjectColumns(event.data.subject);
        const status = event.type === 'learning-reviews.review-started.v1' ? 'draft' : 'required';
        const unit = event.data.unit ?? null;
        await manager.query(
          `INSERT INTO learning_review_subjects (review_id, revision, subject_type, activation_id, exercise, incident_ids, kind, title, unit, status, signed_off,
             created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, '{}', $11, $11)
           ON CONFLICT (review_id) DO UPDATE SET revision = $2, subject_type = $3, activation_id = $4, exercise = $5, incident_ids = $6, kind = $7,
             title = $8, unit = coalesce($9, learning_review_subjects.unit), status = $10, updated_at = $11`,
          [reviewId, recorded.revision, s.type, s.activationId, s.exercise, s.incidentIds, event.data.kind, event.data.title, unit, status, at],
        );
        return;
      }
      case 'learning-reviews.review-signed-off.v1': {
        if (!row) return;
        const signedOff = [...new Set([...row.signed_off, event.data.as])];
        const agreed = SIGN_OFF_ROLES.every((role) => signedOff.includes(role)) && row.status === 'draft';
        await manager.query('UPDATE learning_review_subjects SET revision = $2, signed_off = $3, status = $4, updated_at = $5 WHERE review_id = $1', [
          reviewId,
          recorded.revision,
          signedOff,
          agreed ? 'agreed' : row.status,
          at,
        ]);
        return;
      }
      case 'learning-reviews.review-published.v1':
        await manager.query(`UPDATE learning_review_subjects SET revision = $2, status = 'published', updated_at = $3 WHERE review_id = $1`, [
          reviewId,
          recorded.revision,
          at,
        ]);
    }
  }
}
