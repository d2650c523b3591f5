import { StreamKind } from '@vigil/command-handling';
import { deterministicUuid } from '@vigil/event-sourcing';
import { randomUUID } from 'node:crypto';
import { ActivationEvent } from './domain/activation.events';
import { ActivationState, evolveActivation, initialActivation } from './domain/activation.state';
import { PlanEvent } from './domain/plan.events';
import { evolvePlan, initialPlan, PlanState } from './domain/plan.state';

/** Each readiness plan is one stream `crisisplan-<slug>`; each activation `crisisactivation-<uuid>`. */
export const PLAN_CATEGORY = 'crisisplan';
export const ACTIVATION_CATEGORY = 'crisisactivation';

export const planStreamId = (planId: string) => `${PLAN_CATEGORY}-${planId}`;
export const activationStreamId = (activationId: string) => `${ACTIVATION_CATEGORY}-${activationId}`;
export const planIdOf = (streamId: string) => streamId.slice(PLAN_CATEGORY.length + 1);
export const activationIdOf = (streamId: string) => streamId.slice(ACTIVATION_CATEGORY.length + 1);

/** The actor recorded on events Vigil appends by itself (the plan library loaded at start). */
export const READINESS_ACTOR = 'SYS-READINESS';

/** Keys keep the namespace they always had, so a retried request still maps to the same event ids. */
const NAMESPACE = 'vigil-crisis-command';

export const PLAN_STREAM: StreamKind<{ planId: string }, PlanState, PlanEvent> = {
  model: { initial: initialPlan, evolve: evolvePlan },
  namespace: NAMESPACE,
  streamOf: (command) => planStreamId(command.planId),
};

export const ACTIVATION_STREAM: StreamKind<{ activationId: string }, ActivationState, ActivationEvent> = {
  model: { initial: initialActivation, evolve: evolveActivation },
  namespace: NAMESPACE,
  streamOf: (command) => activationStreamId(command.activationId),
};

/** An id the command creates (activation, log entry, evaluation): stable under a retried Idempotency-Key. */
export function newIdFor(kind: string, actor: string, idempotencyKey: string | undefined): string {
  return idempotencyKey ? deterministicUuid('vigil-crisis', kind, actor, idempotencyKey) : randomUUID();
}
