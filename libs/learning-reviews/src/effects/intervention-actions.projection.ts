import { RecordedEvent } from '@vigil/event-store';
import { Projection } from '@vigil/projections';
import { EntityManager } from 'typeorm';
import { ReviewEvent } from '../domain/review.events';
import { REVIEW_CATEGORY } from '../review-streams';

/**
 * Every follow-up action with the intervention it puts in place (from the catalogue, or proposed), its unit, status and
 * the moment it was first under way (or done, if it never was under way first): where an intervention's effect counts from.
 */
export class InterventionActionsProjection implements Projection {
  readonly name = 'learning-reviews.intervention-actions';
  readonly tables = ['learning_intervention_actions'];
  readonly category = REVIEW_CATEGORY;

  async handle(recorded: RecordedEvent, manager: EntityManager): Promise<void> {
    const event = { type: recorded.type, data: recorded.data } as ReviewEvent;
    const at = recorded.metadata.recordedAt;
    if (event.type === 'learning-reviews.action-added.v1') {
      const { actionId, reviewId, intervention, unit, dueOn } = event.data;
      const picked = 'interventionId' in intervention ? intervention : null;
      await manager.query(
        `INSERT INTO learning_intervention_actions (action_id, review_id, revision, intervention_id, catalogue_version, proposed_title, unit, due_on, status, added_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'planned', $9) ON CONFLICT (action_id) DO NOTHING`,
        [
          actionId,
          reviewId,
          recorded.revision,
          picked?.interventionId ?? null,
          picked?.catalogueVersion ?? null,
          'proposed' in intervention ? intervention.proposed.title : null,
          unit,
          dueOn,
          at,
        ],
      );
    } else if (event.type === 'learning-reviews.action-status-changed.v1') {
      const inPlace = event.data.status === 'under-way' || event.data.status === 'done';
      await manager.query(
        `UPDATE learning_intervention_actions SET revision = $2, status = $3, under_way_at = coalesce(under_way_at, $4)
          WHERE action_id = $1 AND revision < $2`,
        [event.data.actionId, recorded.revision, event.data.status, inPlace ? at : null],
      );
    }
  }
}
