import { EntityManager } from 'typeorm';
import { ReviewEvent } from '../domain/review.events';
import { ReviewState } from '../domain/review.state';
import { areaOfUnit } from './review-reader-scope';

/** Findings and factors, one row each, for the themes across reviews (withdrawn ones kept, marked). */
export async function itemRows(reviewId: string, event: ReviewEvent, state: ReviewState, at: string, manager: EntityManager): Promise<void> {
  if (event.type === 'learning-reviews.item-withdrawn.v1') {
    await manager.query('UPDATE learning_review_factors SET withdrawn = true WHERE review_id = $1 AND item_id = $2', [reviewId, event.data.itemId]);
    return;
  }
  if (event.type !== 'learning-reviews.finding-recorded.v1' && event.type !== 'learning-reviews.factor-recorded.v1') return;
  const finding = event.type === 'learning-reviews.finding-recorded.v1';
  await manager.query(
    `INSERT INTO learning_review_factors (review_id, item_id, type, kind, class, text, withdrawn, recorded_at, unit, area)
     VALUES ($1, $2, $3, $4, $5, $6, false, $7, $8, $9) ON CONFLICT DO NOTHING`,
    [
      reviewId,
      finding ? event.data.findingId : event.data.factorId,
      finding ? 'finding' : 'factor',
      finding ? event.data.kind : null,
      event.data.class,
      event.data.text,
      at,
      state.unit,
      areaOfUnit(state.unit),
    ],
  );
}

/** Follow-up actions, one row each: a repeat is the same intervention (or proposed title) for the same unit as in an earlier review. */
export async function actionRows(reviewId: string, event: ReviewEvent, state: ReviewState, at: string, manager: EntityManager): Promise<void> {
  if (event.type === 'learning-reviews.action-added.v1') {
    const { actionId, recommendation, intervention, ownerRole, unit, dueOn } = event.data;
    const picked = 'interventionId' in intervention ? intervention : null;
    const proposed = 'proposed' in intervention ? intervention.proposed : null;
    const [{ repeat }] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM learning_review_actions WHERE unit = $1 AND review_id <> $2
         AND (intervention_id = $3 OR lower(proposed_title) = lower($4))) AS repeat`,
      [unit, reviewId, picked?.interventionId ?? null, proposed?.title ?? null],
    );
    await manager.query(
      `INSERT INTO learning_review_actions (review_id, action_id, recommendation, intervention_id, catalogue_version, proposed_title, category, horizon,
         to_catalogue, owner_role, unit, area, due_on, status, response, overdue, escalated, repeat, added_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 'planned', NULL, false, false, $14, $15, $15) ON CONFLICT DO NOTHING`,
      [
        reviewId,
        actionId,
        recommendation,
        picked?.interventionId ?? null,
        picked?.catalogueVersion ?? null,
        proposed?.title ?? null,
        proposed?.category ?? null,
        proposed?.horizon ?? null,
        proposed?.toCatalogue ?? false,
        ownerRole,
        unit,
        areaOfUnit(unit),
        dueOn,
        repeat,
        at,
      ],
    );
    return;
  }
  if (!('actionId' in event.data)) return;
  const action = state.actions.find((a) => a.actionId === (event.data as { actionId: string }).actionId);
  if (!action) return;
  // Started is the first time it went under way (or straight to done); done is when it was done.
  await manager.query(
    `UPDATE learning_review_actions SET status = $3, response = $4, overdue = $5, escalated = $6, updated_at = $7,
       started_at = CASE WHEN started_at IS NULL AND $3 IN ('under-way', 'done') THEN $7::timestamptz ELSE started_at END,
       done_at = CASE WHEN $3 = 'done' AND done_at IS NULL THEN $7::timestamptz ELSE done_at END
     WHERE review_id = $1 AND action_id = $2`,
    [reviewId, action.actionId, action.status, action.response, action.overdue, action.escalated, at],
  );
}
