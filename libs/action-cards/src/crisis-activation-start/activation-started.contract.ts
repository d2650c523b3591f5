/**
 * The part of crisis readiness's `crisis-readiness.activation-started.v1` event this context reads.
 * Written out here rather than imported: contexts meet through events, not through each other's code.
 */
export const ACTIVATION_STARTED = 'crisis-readiness.activation-started.v1';
/** Activations are streams `crisisactivation-<uuid>`; the projection reads only that category. */
export const ACTIVATION_CATEGORY = 'crisisactivation';

export interface ActivationStartedFacts {
  activationId: string;
  plan: { planId: string; version: number; title: string };
  actionCardTemplateIds: string[];
  scope: { kind: string; area: string | null; institution: string | null; unit: string | null };
  level: string;
  exercise: boolean;
  activatedAt: string;
}
