import { DomainEvent } from '@vigil/event-sourcing';
// Action cards
import { decide as assignStep } from '../../action-cards/src/assign-step/assign-step.decide';
import { decide as completeStep } from '../../action-cards/src/complete-step/complete-step.decide';
import {
  ACTOR as CARD_ACTOR,
  CARD,
  completed,
  givenRun,
  givenTemplate,
  NOW as CARD_NOW,
  OTHER_ACTOR,
  RUN_ID,
  runStarted,
} from '../../action-cards/src/domain/action-card.test-kit';
import { TemplateEvent } from '../../action-cards/src/domain/template.events';
import { decide as publishTemplate } from '../../action-cards/src/publish-template/publish-template.decide';
import { decide as reopenStep } from '../../action-cards/src/reopen-step/reopen-step.decide';
import { decide as retireTemplate } from '../../action-cards/src/retire-template/retire-template.decide';
// Crisis readiness
import { decide as confirmPlanRevision } from '../../crisis-readiness/src/confirm-plan-revision/confirm-plan-revision.decide';
import {
  ACTIVATION_ID,
  ACTOR as CRISIS_ACTOR,
  activationStarted,
  givenActivation,
  givenPlan,
  LEAD,
  NOW as CRISIS_NOW,
  PLAN,
  planDrafted,
  planPublished,
  stoodDown,
} from '../../crisis-readiness/src/domain/crisis.test-kit';
import { decide as draftPlan } from '../../crisis-readiness/src/draft-plan/draft-plan.decide';
import { decide as fillRole } from '../../crisis-readiness/src/fill-role/fill-role.decide';
import { decide as publishPlan } from '../../crisis-readiness/src/publish-plan/publish-plan.decide';
import { decide as reopenActivation } from '../../crisis-readiness/src/reopen-activation/reopen-activation.decide';
import { decide as retirePlan } from '../../crisis-readiness/src/retire-plan/retire-plan.decide';
// Incidents
import { decide as closeIncident } from '../../incidents/src/close-incident/close-incident.decide';
import { evolve as evolveIncident, initial as initialIncident } from '../../incidents/src/domain/incident.state';
import { ACTOR as INCIDENT_ACTOR, INCIDENT_ID, reported } from '../../incidents/src/domain/incident.test-kit';
// Learning reviews
import { decideDeadlines } from '../../learning-reviews/src/domain/action.decide';
import {
  decideAddendum,
  decideMarkMoment,
  decideRecordItem,
  decideRequire,
  decideUnmarkMoment,
  decideWithdrawItem,
} from '../../learning-reviews/src/domain/review.decide';
import {
  ACTOR as REVIEW_ACTOR,
  given as givenReview,
  INCIDENT_ID as REVIEWED_INCIDENT,
  publishedReview,
  required,
  REVIEW_ID,
  started,
} from '../../learning-reviews/src/domain/review.test-kit';
// Risk assessments
import { decideExpiry } from '../../risk-assessments/src/certify-assessor/certify-assessor.decide';
import { ASSESSOR, certified, NOW as RISK_NOW } from '../../risk-assessments/src/domain/risk-case.test-kit';

/**
 * Golden examples made by the deciders themselves: each scenario folds a context's test-kit events into a state and
 * calls the real decide function, so the example is exactly what the current code emits (not typed by hand).
 * `golden-events.spec.ts` checks every example's shape against its golden file and, run with VIGIL_WRITE_GOLDEN=1,
 * writes the golden files still missing from these examples (see the README's design notes).
 */
export const DECIDED_EXAMPLES: Readonly<Record<string, () => readonly DomainEvent[]>> = {
  // —— Action cards ——
  'a step assigned to a person': () =>
    assignStep({ runId: RUN_ID, stepId: 'safety', assignee: { kind: 'person', ref: OTHER_ACTOR }, actor: CARD_ACTOR }, givenRun(runStarted()), CARD_NOW),
  'a step of a completed run reopened (the run reopens with it)': () => {
    const done = completeStep(
      { runId: RUN_ID, stepId: 'call-manager', note: 'Leder orienteret kl. 11.40', actor: CARD_ACTOR },
      givenRun(runStarted(), completed('safety')),
      CARD_NOW,
    );
    return reopenStep(
      { runId: RUN_ID, stepId: 'call-manager', reason: 'Lederen blev ikke nået alligevel', actor: CARD_ACTOR },
      givenRun(runStarted(), completed('safety'), ...done),
      CARD_NOW,
    );
  },
  'an action card version 2 published over version 1': () => {
    const templateId = 'violence-against-employee';
    const drafted = (version: number, card = CARD): TemplateEvent => ({ type: 'action-cards.template-drafted.v1', data: { templateId, version, card } });
    const published: TemplateEvent = { type: 'action-cards.template-published.v1', data: { templateId, version: 1, card: CARD } };
    return publishTemplate(
      { templateId, actor: CARD_ACTOR },
      givenTemplate(drafted(1), published, drafted(2, { ...CARD, title: 'Vold mod medarbejder (rev.)' })),
    );
  },
  'a published action card retired': () => {
    const templateId = 'violence-against-employee';
    return retireTemplate(
      { templateId, reason: 'Erstattet af nyt kort', actor: CARD_ACTOR },
      givenTemplate(
        { type: 'action-cards.template-drafted.v1', data: { templateId, version: 1, card: CARD } },
        { type: 'action-cards.template-published.v1', data: { templateId, version: 1, card: CARD } },
      ),
    );
  },
  // —— Crisis readiness ——
  'a crisis role handed over': () => {
    const filled = fillRole(
      { activationId: ACTIVATION_ID, role: 'crisis-lead', holder: LEAD, actor: CRISIS_ACTOR },
      givenActivation(activationStarted()),
      CRISIS_NOW,
    );
    return fillRole(
      { activationId: ACTIVATION_ID, role: 'crisis-lead', holder: 'ST-9X1L5V', note: 'Vagtskifte', actor: CRISIS_ACTOR },
      givenActivation(activationStarted(), ...filled),
      CRISIS_NOW,
    );
  },
  'a stood-down activation reopened': () =>
    reopenActivation(
      { activationId: ACTIVATION_ID, reason: 'Uroen blussede op igen.', actor: CRISIS_ACTOR },
      givenActivation(activationStarted(), stoodDown),
      CRISIS_NOW,
    ),
  'a readiness plan version 2 published over version 1': () => {
    const planId = 'riot-institution';
    const drafted = draftPlan(
      { planId, isNew: false, actor: CRISIS_ACTOR, plan: { ...PLAN, revisionIntervalDays: 180 } },
      givenPlan(planDrafted(1), planPublished(1)),
    );
    return publishPlan({ planId, actor: CRISIS_ACTOR }, givenPlan(planDrafted(1), planPublished(1), ...drafted), CRISIS_NOW);
  },
  'a readiness plan revision confirmed': () =>
    confirmPlanRevision(
      { planId: 'riot-institution', note: 'Politiets og DSB’s trusselsvurderinger gennemgået; planen står.', actor: CRISIS_ACTOR },
      givenPlan(planDrafted(1), planPublished(1)),
      CRISIS_NOW,
    ),
  'a readiness plan retired': () =>
    retirePlan(
      { planId: 'riot-institution', reason: 'Erstattet af fælles plan for området', actor: CRISIS_ACTOR },
      givenPlan(planDrafted(1), planPublished(1)),
    ),
  // —— Incidents ——
  'an incident closed': () =>
    closeIncident({ incidentId: INCIDENT_ID, outcome: 'Afsluttet', actor: INCIDENT_ACTOR }, evolveIncident(initialIncident, reported())),
  // —— Learning reviews ——
  'a review required by the policy': () => decideRequire(required().data, givenReview()),
  'a required review past its start-by day, then past the grace period': () =>
    decideDeadlines(REVIEW_ID, givenReview(required()), new Date('2026-03-29T12:00:00.000Z'), 48),
  'a marked moment unmarked': () => {
    const eventId = '7e2d3b1a-4f5c-4d6e-8f9a-0b1c2d3e4f5a';
    const marked = decideMarkMoment({ reviewId: REVIEW_ID, eventId, why: 'Her blev visitationen besluttet' }, givenReview(started()));
    return decideUnmarkMoment({ reviewId: REVIEW_ID, eventId }, givenReview(started(), ...marked));
  },
  'a recorded factor withdrawn': () => {
    const itemId = '8f3e4c2b-5a6d-4e7f-9a0b-1c2d3e4f5a6b';
    const recorded = decideRecordItem(
      { reviewId: REVIEW_ID, itemId, type: 'factor', class: 'organisational', text: 'Kun én betjent på vagt ved visitationen', evidence: [REVIEWED_INCIDENT] },
      givenReview(started()),
    );
    return decideWithdrawItem({ reviewId: REVIEW_ID, itemId, reason: 'Skrevet på den forkerte gennemgang' }, givenReview(started(), ...recorded));
  },
  'an addendum to a published review': () =>
    decideAddendum(
      { reviewId: REVIEW_ID, addendumId: '9a4f5d3c-6b7e-4f8a-8b1c-2d3e4f5a6b7c', text: 'Tiltaget er nu indført på alle afdelinger.', actor: REVIEW_ACTOR },
      publishedReview(),
    ),
  // —— Risk assessments ——
  'an assessor certification withdrawn': () =>
    decideExpiry({ assessorRef: ASSESSOR, instrument: 'SARA-SV', expiredOn: '2026-02-15T00:00:00.000Z', reason: 'withdrawn' }, certified(), RISK_NOW),
};
