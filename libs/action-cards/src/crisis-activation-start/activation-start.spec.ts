import { errorOf } from '@vigil/event-sourcing';
import { ActivationStartedV1 } from '@vigil/integration-contracts';
import { ACTOR, CARD, completed, givenRun, givenTemplate, NOW, RUN_ID, runStarted } from '../domain/action-card.test-kit';
import { isExercise, RunEvent, RunTrigger } from '../domain/run.events';
import { decide as start } from '../start-run/start-run.decide';
import { runIdForActivation, startRequestsFor } from './activation-start-requests';
import { replayView, verdictOf } from './replay.view';

const ACTIVATION_ID = '7f1c2d3e-4a5b-4c6d-8e7f-901234567890';
const ACTIVATED_AT = '2026-03-20T11:00:00.000Z';
const facts = (overrides: Partial<ActivationStartedV1> = {}): ActivationStartedV1 => ({
  activationId: ACTIVATION_ID,
  planId: 'riot',
  planVersion: 2,
  actionCardTemplateIds: ['crisis-riot', 'violence-against-employee'],
  scopeKind: 'national',
  area: null,
  institutionId: null,
  unitId: null,
  level: 'strategic',
  exercise: true,
  activatedAt: ACTIVATED_AT,
  ...overrides,
});
const trigger = (exercise: boolean): RunTrigger => ({
  type: 'crisis-activation',
  activationId: ACTIVATION_ID,
  activationEventId: RUN_ID,
  planId: 'riot',
  planVersion: 2,
  exercise,
});
const template = givenTemplate(
  { type: 'action-cards.template-drafted.v1', data: { templateId: 'violence-against-employee', version: 1, card: CARD } },
  { type: 'action-cards.template-published.v1', data: { templateId: 'violence-against-employee', version: 1, card: CARD } },
);
const command = {
  runId: RUN_ID,
  templateId: 'violence-against-employee',
  template,
  area: 'national',
  institution: null,
  startedAt: ACTIVATED_AT,
  trigger: trigger(true),
  actor: ACTOR,
};

describe('an activation asks for one run per card its plan names', () => {
  it('groups a national activation under "national", with run ids fixed by activation and card', () => {
    const requests = startRequestsFor(facts());
    expect(requests).toEqual([
      { runId: runIdForActivation(ACTIVATION_ID, 'crisis-riot'), templateId: 'crisis-riot', area: 'national', institution: null },
      { runId: runIdForActivation(ACTIVATION_ID, 'violence-against-employee'), templateId: 'violence-against-employee', area: 'national', institution: null },
    ]);
    expect(requests[0].runId).not.toBe(requests[1].runId);
    expect(runIdForActivation('8f1c2d3e-4a5b-4c6d-8e7f-901234567890', 'crisis-riot')).not.toBe(requests[0].runId);
  });
  it('keeps the area and institution of a narrower scope, and starts a card named twice once', () => {
    const requests = startRequestsFor(
      facts({ actionCardTemplateIds: ['crisis-riot', 'crisis-riot'], scopeKind: 'unit', area: 'syddanmark', institutionId: 'nyborg', unitId: 'afdeling-b' }),
    );
    expect(requests).toEqual([
      { runId: runIdForActivation(ACTIVATION_ID, 'crisis-riot'), templateId: 'crisis-riot', area: 'syddanmark', institution: 'nyborg' },
    ]);
  });
});

describe('a run started by a crisis activation', () => {
  it('counts deadlines from the activation and carries the exercise mark in its trigger', () => {
    const [event] = start(command, givenRun(), NOW);
    expect(event.data).toMatchObject({
      area: 'national',
      startedAt: ACTIVATED_AT,
      templateVersion: 1,
      trigger: { type: 'crisis-activation', activationId: ACTIVATION_ID, exercise: true },
    });
    expect(givenRun(event)).toMatchObject({ status: 'open', steps: [{ stepId: 'safety', dueAt: '2026-03-20T11:30:00.000Z' }, {}, {}] });
    expect(isExercise(event.data.trigger)).toBe(true);
    expect(isExercise(trigger(false))).toBe(false);
    expect(isExercise({ type: 'manual' })).toBe(false);
  });
  it('may be national; a manual or incident run may not', () => {
    expect(errorOf(() => start({ ...command, trigger: { type: 'manual' } }, givenRun(), NOW))).toMatchObject({ code: 'invalid-value', field: 'area' });
    expect(errorOf(() => start({ ...command, area: 'jylland' }, givenRun(), NOW))).toMatchObject({ field: 'area' });
  });
  it('starts nothing for an unknown or unpublished card', () => {
    expect(errorOf(() => start({ ...command, templateId: 'no-such-card', template: givenTemplate() }, givenRun(), NOW))).toMatchObject({
      code: 'template-not-found',
    });
  });
});

describe('exercise replay', () => {
  const started = runStarted({ trigger: trigger(true), area: 'national', institution: null });
  const skipped: RunEvent = {
    type: 'action-cards.step-skipped.v1',
    data: { runId: RUN_ID, stepId: 'talk', skippedBy: ACTOR, skippedAt: '2026-03-20T11:20:00.000Z', justification: null },
  };
  const run = givenRun(started, completed('safety', null, new Date('2026-03-20T11:25:00.000Z')), skipped);
  const activation = {
    activationId: ACTIVATION_ID,
    planId: 'riot',
    planVersion: 2,
    planTitle: 'Uro og mytteri',
    scope: {},
    level: 'strategic',
    exercise: true,
    activatedAt: ACTIVATED_AT,
  };

  it('judges each step against its deadline: on time, late, or still open', () => {
    expect(verdictOf({ status: 'done', completedAt: '2026-03-20T11:30:00.000Z', dueAt: '2026-03-20T11:30:00.000Z' })).toBe('on-time');
    expect(verdictOf({ status: 'done', completedAt: '2026-03-20T11:30:01.000Z', dueAt: '2026-03-20T11:30:00.000Z' })).toBe('late');
    expect(verdictOf({ status: 'skipped', completedAt: '2026-03-20T12:00:00.000Z', dueAt: '2026-03-20T11:30:00.000Z' })).toBe('late');
    expect(verdictOf({ status: 'open', completedAt: null, dueAt: '2026-03-20T11:30:00.000Z' })).toBe('open');
  });
  it('shows each step with its deadline relative to and after the activation, and how long it took', () => {
    const view = replayView(activation, [run], [{ runId: RUN_ID, templateId: 'violence-against-employee', outcome: 'started' }], NOW);
    expect(view.runs[0].steps).toMatchObject([
      {
        stepId: 'safety',
        deadline: { after: 'PT30M', minutesAfterActivation: 30, dueAt: '2026-03-20T11:30:00.000Z' },
        status: 'done',
        closedBy: ACTOR,
        minutesAfterActivation: 25,
        verdict: 'on-time',
        pastDeadline: false,
      },
      {
        stepId: 'call-manager',
        deadline: { minutesAfterActivation: 60 },
        status: 'open',
        closedAt: null,
        minutesAfterActivation: null,
        verdict: 'open',
        pastDeadline: true,
      },
      { stepId: 'talk', status: 'skipped', minutesAfterActivation: 20, verdict: 'on-time' },
    ]);
    expect(view.runs[0].summary).toEqual({ onTime: 1, late: 0, open: 1, skipped: 1 }); // each step once: the counts add up to the card's steps
    expect(view).toMatchObject({ exercise: true, activatedAt: ACTIVATED_AT, notStarted: [], pending: [] });
  });
  it('lists the cards that started no run, with the reason, and those still waiting', () => {
    const requests = [
      { runId: RUN_ID, templateId: 'violence-against-employee', outcome: 'started' },
      { runId: 'a', templateId: 'no-such-card', outcome: 'template-not-found' },
      { runId: 'b', templateId: 'crisis-riot', outcome: null },
    ];
    const view = replayView(activation, [run], requests, NOW);
    expect(view.notStarted).toEqual([{ templateId: 'no-such-card', reason: 'template-not-found' }]);
    expect(view.pending).toEqual(['crisis-riot']);
  });
});
