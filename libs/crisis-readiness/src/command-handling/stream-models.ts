import { RecordedEvent } from '@vigil/event-store';
import { ActivationEvent } from '../domain/activation.events';
import { ActivationState, evolveActivation, initialActivation } from '../domain/activation.state';
import { PlanEvent } from '../domain/plan.events';
import { evolvePlan, initialPlan, PlanState } from '../domain/plan.state';

export interface StreamModel<S, E extends { type: string; data: unknown }> {
  initial: S;
  evolve(state: S, event: E): S;
}

export const PLAN_MODEL: StreamModel<PlanState, PlanEvent> = { initial: initialPlan, evolve: evolvePlan };
export const ACTIVATION_MODEL: StreamModel<ActivationState, ActivationEvent> = { initial: initialActivation, evolve: evolveActivation };

export const foldRecorded = <S, E extends { type: string; data: unknown }>(model: StreamModel<S, E>, events: readonly RecordedEvent[]): S =>
  events.reduce<S>((s, e) => model.evolve(s, { type: e.type, data: e.data } as E), model.initial);
