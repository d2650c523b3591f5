import { errorOf, givenFor } from '@vigil/event-sourcing';
import { ActivationEvent, ActivationStarted, DecisionLogged } from './activation.events';
import { evolveActivation, initialActivation } from './activation.state';
import { normalisePlan, PlanContent } from './plan';
import { PlanEvent } from './plan.events';
import { evolvePlan, initialPlan } from './plan.state';

/** Fixed "now" for deciders: 20 March 2026, noon UTC. */
export const NOW = new Date('2026-03-20T12:00:00.000Z');
export const ACTIVATION_ID = '8d1f0c2e-4b6a-4c3d-9e8f-1a2b3c4d5e6f';
export const ACTOR = 'ST-7K3Q9P';
export const LEAD = 'ST-2M8X4R';

export const PLAN: PlanContent = normalisePlan({
  title: 'Uro og mytteri på institution',
  scenario: 'riot',
  summary: 'Krisestab, niveau og log ved uro.',
  actionCardTemplateIds: ['crisis-riot'],
  roles: ['crisis-lead', 'log-keeper', 'communications'],
  initialLevel: 'tactical',
  revisionIntervalDays: 365,
});

export function planPublished(version = 1, content: PlanContent = PLAN, publishedAt = '2026-01-10T09:00:00.000Z'): PlanEvent {
  return { type: 'crisis-readiness.plan-published.v1', data: { planId: 'riot-institution', version, content, publishedAt } };
}

export function planDrafted(version = 1, content: PlanContent = PLAN): PlanEvent {
  return { type: 'crisis-readiness.plan-drafted.v1', data: { planId: 'riot-institution', version, content } };
}

export function activationStarted(overrides: Partial<ActivationStarted['data']> = {}): ActivationStarted {
  return {
    type: 'crisis-readiness.activation-started.v1',
    data: {
      activationId: ACTIVATION_ID,
      plan: { planId: 'riot-institution', version: 1, title: PLAN.title, scenario: 'riot', revisionDueAt: '2027-01-10T09:00:00.000Z' },
      actionCardTemplateIds: ['crisis-riot'],
      rolesToFill: ['crisis-lead', 'log-keeper', 'communications'],
      scope: { kind: 'institution', area: 'syddanmark', institution: 'nyborg', unit: null },
      level: 'tactical',
      exercise: false,
      activatedBy: ACTOR,
      activatedAt: '2026-03-20T11:00:00.000Z',
      reason: 'Uro i afdeling B; indsatte nægter at gå ind.',
      ...overrides,
    },
  };
}

export function decisionLogged(entryId: string, overrides: Partial<DecisionLogged['data']> = {}): DecisionLogged {
  return {
    type: 'crisis-readiness.decision-logged.v1',
    data: {
      activationId: ACTIVATION_ID,
      entryId,
      decision: 'Afdeling B aflåses.',
      rationale: 'Personalets sikkerhed.',
      legalBasis: 'Straffuldbyrdelsesloven § 64',
      alternativesConsidered: ['Dialog med talsperson'],
      decidedBy: LEAD,
      decidedAt: '2026-03-20T11:10:00.000Z',
      loggedAt: '2026-03-20T11:12:00.000Z',
      corrects: null,
      correctionReason: null,
      ...overrides,
    },
  };
}

export const stoodDown: ActivationEvent = {
  type: 'crisis-readiness.activation-stood-down.v1',
  data: { activationId: ACTIVATION_ID, reason: 'Ro genoprettet.', at: '2026-03-20T11:50:00.000Z' },
};

/** Given these events happened, the state a plan's or an activation's decider sees. */
export const givenPlan = givenFor({ initial: initialPlan, evolve: evolvePlan });
export const givenActivation = givenFor({ initial: initialActivation, evolve: evolveActivation });

export { errorOf };
