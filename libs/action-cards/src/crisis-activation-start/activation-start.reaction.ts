import { ActivationStartedV1, CRISIS_READINESS_TOPIC, IntegrationMessage } from '@vigil/integration-contracts';
import { ContractReaction } from '@vigil/messaging';
import { EntityManager } from 'typeorm';
import { startRequestsFor } from './activation-start-requests';

/**
 * Crisis activations as this context learns of them, through crisis readiness's published contract:
 * the activation (for the replay) and one start request per card its plan named, which the workflow
 * turns into runs. Inserts are idempotent, so a replayed delivery or a rebuild records nothing new.
 */
export const ACTIVATION_START_REACTION: ContractReaction = {
  name: 'action-cards.crisis-activation-start',
  topics: [CRISIS_READINESS_TOPIC],
  tables: ['action_card_activation', 'action_card_activation_start_request'],
  async handle(message: IntegrationMessage, manager: EntityManager): Promise<void> {
    if (message.contract !== 'crisis-readiness.activation-started') return;
    const activation = message.payload as ActivationStartedV1;
    const scope = { kind: activation.scopeKind, area: activation.area, institution: activation.institutionId, unit: activation.unitId };
    // The plan's title stays with crisis readiness (contracts carry codes only); its crisis page shows it.
    await manager.query(
      `INSERT INTO action_card_activation (activation_id, activation_event_id, plan_id, plan_version, plan_title, scope, level, exercise, activated_at, template_ids)
       VALUES ($1, $2, $3, $4, NULL, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING`,
      [
        activation.activationId,
        message.messageId,
        activation.planId,
        activation.planVersion,
        JSON.stringify(scope),
        activation.level,
        activation.exercise,
        activation.activatedAt,
        JSON.stringify(activation.actionCardTemplateIds),
      ],
    );
    for (const request of startRequestsFor(activation)) {
      await manager.query(
        `INSERT INTO action_card_activation_start_request (run_id, activation_id, activation_event_id, template_id, plan_id, plan_version, exercise, area, institution, activated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING`,
        [
          request.runId,
          activation.activationId,
          message.messageId,
          request.templateId,
          activation.planId,
          activation.planVersion,
          activation.exercise,
          request.area,
          request.institution,
          activation.activatedAt,
        ],
      );
    }
  },
};
