import { RecordedEvent } from '@vigil/event-store';
import { Projection } from '@vigil/projections';
import { EntityManager } from 'typeorm';
import { startRequestsFor } from './activation-start-requests';
import { ACTIVATION_CATEGORY, ACTIVATION_STARTED, ActivationStartedFacts } from './activation-started.contract';

/**
 * Crisis activations as this context needs them: the activation (for the replay) and one start
 * request per card its plan named, which the workflow turns into runs. Inserts are idempotent, so a
 * replayed delivery or a rebuild records nothing new.
 */
export class ActivationStartProjection implements Projection {
  readonly name = 'action-cards.crisis-activation-start';
  readonly tables = ['action_card_activation', 'action_card_activation_start_request'];
  readonly category = ACTIVATION_CATEGORY;

  async handle(event: RecordedEvent, manager: EntityManager): Promise<void> {
    if (event.type !== ACTIVATION_STARTED) return;
    const facts = event.data as ActivationStartedFacts;
    const requests = startRequestsFor(facts);
    await manager.query(
      `INSERT INTO action_card_activation (activation_id, activation_event_id, plan_id, plan_version, plan_title, scope, level, exercise, activated_at, template_ids)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING`,
      [
        facts.activationId,
        event.id,
        facts.plan.planId,
        facts.plan.version,
        facts.plan.title,
        JSON.stringify(facts.scope),
        facts.level,
        facts.exercise,
        facts.activatedAt,
        JSON.stringify(facts.actionCardTemplateIds),
      ],
    );
    for (const request of requests) {
      await manager.query(
        `INSERT INTO action_card_activation_start_request (run_id, activation_id, activation_event_id, template_id, plan_id, plan_version, exercise, area, institution, activated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING`,
        [
          request.runId,
          facts.activationId,
          event.id,
          request.templateId,
          facts.plan.planId,
          facts.plan.version,
          facts.exercise,
          request.area,
          request.institution,
          facts.activatedAt,
        ],
      );
    }
  }
}
