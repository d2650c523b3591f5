/** Each readiness plan is one stream `crisisplan-<slug>`; each activation `crisisactivation-<uuid>`. */
export const PLAN_CATEGORY = 'crisisplan';
export const ACTIVATION_CATEGORY = 'crisisactivation';

export const planStreamId = (planId: string) => `${PLAN_CATEGORY}-${planId}`;
export const activationStreamId = (activationId: string) => `${ACTIVATION_CATEGORY}-${activationId}`;
export const planIdOf = (streamId: string) => streamId.slice(PLAN_CATEGORY.length + 1);
export const activationIdOf = (streamId: string) => streamId.slice(ACTIVATION_CATEGORY.length + 1);

/** The actor recorded on events Vigil appends by itself (the plan library loaded at start). */
export const READINESS_ACTOR = 'SYS-READINESS';
