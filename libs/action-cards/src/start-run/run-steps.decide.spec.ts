import { decide as assign } from '../assign-step/assign-step.decide';
import { decide as complete } from '../complete-step/complete-step.decide';
import { errorOf } from '@vigil/event-sourcing';
import { ACTOR, CARD, completed, givenRun, givenTemplate, NOW, RUN_ID, runStarted } from '../domain/action-card.test-kit';
import { RunEvent } from '../domain/run.events';
import { decide as reopen } from '../reopen-step/reopen-step.decide';
import { decide as skip } from '../skip-step/skip-step.decide';
import { decide as start } from './start-run.decide';

const base = { runId: RUN_ID, actor: ACTOR };
const template = givenTemplate(
  { type: 'action-cards.template-drafted.v1', data: { templateId: 'violence-against-employee', version: 1, card: CARD } },
  { type: 'action-cards.template-published.v1', data: { templateId: 'violence-against-employee', version: 1, card: CARD } },
);

describe('start a run', () => {
  it('pins the current version and a snapshot of the card', () => {
    const [event] = start(
      {
        ...base,
        templateId: 'violence-against-employee',
        template,
        area: 'syddanmark',
        institution: 'nyborg',
        trigger: { type: 'manual' },
        startedAt: '2026-03-20T11:00:00Z',
      },
      givenRun(),
      NOW,
    );
    expect(event).toEqual(runStarted());
    expect(givenRun(event)).toMatchObject({
      status: 'open',
      steps: [{ stepId: 'safety', dueAt: '2026-03-20T11:30:00.000Z' }, { dueAt: '2026-03-20T12:00:00.000Z' }, { dueAt: '2026-03-21T11:00:00.000Z' }],
    });
  });
  it('refuses an unknown or unpublished card, a bad area, and a second start', () => {
    const command = { ...base, templateId: 'nope', template: givenTemplate(), area: 'syddanmark', institution: null, trigger: { type: 'manual' as const } };
    expect(errorOf(() => start(command, givenRun(), NOW))).toMatchObject({ code: 'template-not-found', field: 'templateId' });
    expect(errorOf(() => start({ ...command, template, area: 'jylland' }, givenRun(), NOW))).toMatchObject({ field: 'area' });
    expect(errorOf(() => start({ ...command, template }, givenRun(runStarted()), NOW))).toMatchObject({ code: 'run-already-started' });
  });

  it('takes a place by hand only from the organisation catalogue, in either country', () => {
    const command = {
      ...base,
      templateId: 'violence-against-employee',
      template,
      area: 'syddanmark',
      institution: 'nyborg',
      trigger: { type: 'manual' as const },
    };
    expect(start(command, givenRun(), NOW)[0].data).toMatchObject({ area: 'syddanmark', institution: 'nyborg' });
    expect(start({ ...command, area: 'region-vest', institution: 'bergen-fengsel' }, givenRun(), NOW)[0].data).toMatchObject({ area: 'region-vest' });
    expect(errorOf(() => start({ ...command, institution: 'ukendt-institution' }, givenRun(), NOW))).toMatchObject({
      code: 'invalid-value',
      field: 'institution',
      message: 'no such institution in the catalogue',
    });
    expect(errorOf(() => start({ ...command, area: 'hovedstaden' }, givenRun(), NOW))).toMatchObject({
      field: 'area',
      message: expect.stringContaining('Nyborg Fængsel lies in'),
    });
  });
});

describe('work the steps', () => {
  it('completes a step with who and when', () => {
    expect(complete({ ...base, stepId: 'safety' }, givenRun(runStarted()), NOW)).toEqual([completed('safety')]);
  });
  it('refuses a step whose prerequisites are open, and one that needs a note without it', () => {
    expect(errorOf(() => complete({ ...base, stepId: 'call-manager', note: 'Ringet' }, givenRun(runStarted()), NOW))).toMatchObject({
      code: 'prerequisites-open',
      field: 'stepId',
    });
    expect(errorOf(() => complete({ ...base, stepId: 'call-manager', note: '  ' }, givenRun(runStarted(), completed('safety')), NOW))).toMatchObject({
      code: 'note-required',
      field: 'note',
    });
  });
  it('completes the run when the last mandatory step closes, optional ones aside', () => {
    const events = complete({ ...base, stepId: 'call-manager', note: 'Leder orienteret kl. 11.40' }, givenRun(runStarted(), completed('safety')), NOW);
    expect(events.map((e) => e.type)).toEqual(['action-cards.step-completed.v1', 'action-cards.run-completed.v1']);
    expect(givenRun(runStarted(), completed('safety'), ...events)).toMatchObject({ status: 'completed', completedAt: NOW.toISOString() });
  });
  it('skips a mandatory step only with a justification; an optional one without', () => {
    expect(errorOf(() => skip({ ...base, stepId: 'safety', justification: ' ' }, givenRun(runStarted()), NOW))).toMatchObject({
      code: 'justification-required',
      field: 'justification',
    });
    expect(skip({ ...base, stepId: 'safety', justification: 'Medarbejderen var allerede i sikkerhed' }, givenRun(runStarted()), NOW)[0].data).toMatchObject({
      justification: 'Medarbejderen var allerede i sikkerhed',
    });
    expect(skip({ ...base, stepId: 'talk' }, givenRun(runStarted()), NOW)[0].data).toMatchObject({ justification: null });
  });
  it('a skipped prerequisite counts as closed', () => {
    const skipped: RunEvent = {
      type: 'action-cards.step-skipped.v1',
      data: { runId: RUN_ID, stepId: 'safety', skippedBy: ACTOR, skippedAt: NOW.toISOString(), justification: 'Ikke relevant' },
    };
    expect(complete({ ...base, stepId: 'call-manager', note: 'ok' }, givenRun(runStarted(), skipped), NOW)[0].type).toBe('action-cards.step-completed.v1');
  });
  it('refuses to complete a done step twice', () => {
    expect(errorOf(() => complete({ ...base, stepId: 'safety' }, givenRun(runStarted(), completed('safety')), NOW))).toMatchObject({ code: 'step-not-open' });
    expect(errorOf(() => complete({ ...base, stepId: 'ghost' }, givenRun(runStarted()), NOW))).toMatchObject({ code: 'step-not-found' });
  });
  it('reopens a done step with a reason, and reopens a completed run with it', () => {
    const done = [
      runStarted(),
      completed('safety'),
      completed('call-manager', 'ok'),
      { type: 'action-cards.run-completed.v1', data: { runId: RUN_ID, completedAt: NOW.toISOString() } } as RunEvent,
    ];
    expect(errorOf(() => reopen({ ...base, stepId: 'safety', reason: '' }, givenRun(...done)))).toMatchObject({ code: 'reason-required' });
    const events = reopen({ ...base, stepId: 'call-manager', reason: 'Lederen blev ikke nået' }, givenRun(...done));
    expect(events.map((e) => e.type)).toEqual(['action-cards.step-reopened.v1', 'action-cards.run-reopened.v1']);
    expect(givenRun(...done, ...events)).toMatchObject({
      status: 'open',
      steps: [{ status: 'done' }, { status: 'open', note: null, reopenReason: 'Lederen blev ikke nået' }, { status: 'open' }],
    });
    expect(errorOf(() => reopen({ ...base, stepId: 'talk', reason: 'x' }, givenRun(...done)))).toMatchObject({ code: 'step-not-closed' });
  });
  it('assigns a step to a role or a pseudonymous person, never a name', () => {
    expect(assign({ ...base, stepId: 'talk', assignee: { kind: 'person', ref: 'ST-4K9P2Q' } }, givenRun(runStarted()))[0].data.assignee).toEqual({
      kind: 'person',
      ref: 'ST-4K9P2Q',
    });
    expect(errorOf(() => assign({ ...base, stepId: 'talk', assignee: { kind: 'person', ref: 'Jensen' } }, givenRun(runStarted())))).toMatchObject({
      field: 'person',
    });
    expect(errorOf(() => assign({ ...base, stepId: 'talk', assignee: { kind: 'role', role: 'janitor' as never } }, givenRun(runStarted())))).toMatchObject({
      field: 'role',
    });
  });
});
