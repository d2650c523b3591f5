/** Integration contracts of crisis readiness (topic `vigil.crisis-readiness.v1`). Version 1 of each. */

export const CRISIS_READINESS_TOPIC = 'vigil.crisis-readiness.v1';

/**
 * A readiness plan was activated, for real or as an exercise: which action cards its plan names,
 * where and at which level. No plan title, reason or person: codes, ids and dates only.
 */
export interface ActivationStartedV1 {
  readonly activationId: string;
  readonly planId: string;
  readonly planVersion: number;
  /** The action cards the activated plan version names, by template id. */
  readonly actionCardTemplateIds: readonly string[];
  /** How far the activation reaches: `national`, `area`, `institution` or `unit`. */
  readonly scopeKind: string;
  /** Null for a national activation. */
  readonly area: string | null;
  readonly institutionId: string | null;
  readonly unitId: string | null;
  readonly level: string;
  /** An exercise ("øvelse"), never a real crisis. */
  readonly exercise: boolean;
  readonly activatedAt: string;
}

export interface CrisisReadinessContracts {
  'crisis-readiness.activation-started': ActivationStartedV1;
}

export type CrisisReadinessContractName = keyof CrisisReadinessContracts;
