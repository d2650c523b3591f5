import { deterministicUuid } from '@vigil/event-sourcing';
import { NATIONAL_AREA } from '../domain/action-card.vocabulary';
import { ActivationStartedV1 } from '@vigil/integration-contracts';

/** The run an activation starts for a card: the same activation and card always give the same run. */
export const runIdForActivation = (activationId: string, templateId: string) =>
  deterministicUuid('vigil-action-card-run-from-activation', activationId, templateId);

export interface ActivationStartRequest {
  runId: string;
  templateId: string;
  area: string;
  institution: string | null;
}

/**
 * One start request per card the plan names (a card named twice starts once). A national activation
 * names no area, so its runs are grouped under `national` on the board.
 */
export function startRequestsFor(activation: ActivationStartedV1): ActivationStartRequest[] {
  const area = activation.area ?? NATIONAL_AREA;
  const templateIds = [...new Set(activation.actionCardTemplateIds)];
  return templateIds.map((templateId) => ({
    runId: runIdForActivation(activation.activationId, templateId),
    templateId,
    area,
    institution: activation.institutionId,
  }));
}
