import { RecordedEvent } from '@vigil/event-store';
import { ActivationStartedV1, CRISIS_READINESS_TOPIC, IntegrationMessage } from '@vigil/integration-contracts';
import { Publication } from '@vigil/messaging';
import { ACTIVATION_CATEGORY } from '../crisis-streams';
import { ActivationStarted } from '../domain/activation.events';

/** What other contexts learn of an activation: codes, ids and dates; never the plan's title, the reason or who activated. */
export function activationStartedContract(data: ActivationStarted['data']): ActivationStartedV1 {
  const { activationId, plan, actionCardTemplateIds, scope, level, exercise, activatedAt } = data;
  return {
    activationId,
    planId: plan.planId,
    planVersion: plan.version,
    actionCardTemplateIds,
    scopeKind: scope.kind,
    area: scope.area,
    institutionId: scope.institution,
    unitId: scope.unit,
    level,
    exercise,
    activatedAt,
  };
}

/** Crisis readiness's feed to other contexts (Kafka through the relay, or in-process): one topic, keyed by activation stream. */
export const ACTIVATION_PUBLICATION: Publication = {
  name: 'relay:crisis-readiness',
  topic: CRISIS_READINESS_TOPIC,
  category: ACTIVATION_CATEGORY,
  toMessages(event: RecordedEvent): IntegrationMessage[] {
    if (event.type !== 'crisis-readiness.activation-started.v1') return [];
    const payload = activationStartedContract(event.data as ActivationStarted['data']);
    const { id: messageId, streamId, revision: streamRevision } = event;
    return [
      {
        contract: 'crisis-readiness.activation-started',
        version: 1,
        messageId,
        streamId,
        streamRevision,
        recordedAt: event.metadata.recordedAt,
        correlationId: event.metadata.correlationId,
        payload,
      },
    ];
  },
};
