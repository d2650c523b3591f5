import { decide as changeLevel } from '../change-level/change-level.decide';
import {
  ACTIVATION_ID,
  activationStarted,
  ACTOR,
  errorOf,
  givenActivation,
  givenPlan,
  LEAD,
  NOW,
  planDrafted,
  planPublished,
  stoodDown,
} from '../domain/crisis.test-kit';
import { decide as fillRole } from '../fill-role/fill-role.decide';
import { decide as reopen } from '../reopen-activation/reopen-activation.decide';
import { decide as standDown } from '../stand-down/stand-down.decide';
import { Activate, decide as activate } from './activate.decide';

const plan = givenPlan(planDrafted(1), planPublished(1));
const command = (overrides: Partial<Activate> = {}): Activate => ({
  activationId: ACTIVATION_ID,
  planId: 'riot-institution',
  plan,
  scope: { kind: 'institution', area: 'syddanmark', institution: 'nyborg' },
  exercise: false,
  reason: 'Uro i afdeling B; indsatte nægter at gå ind.',
  actor: ACTOR,
  ...overrides,
});

describe('activating crisis readiness', () => {
  it('pins the plan version in force and the action cards it names, for the action-cards context to start', () => {
    const [event] = activate(command(), givenActivation(), new Date('2026-03-20T11:00:00.000Z'));
    expect(event).toEqual(activationStarted());
  });

  it('marks an exercise as such and takes the level asked for over the plan default', () => {
    const [event] = activate(command({ exercise: true, level: 'strategic' }), givenActivation(), NOW);
    expect(event.data).toMatchObject({ exercise: true, level: 'strategic' });
  });

  it.each([
    ['a unit scope without its unit', { kind: 'unit', area: 'syddanmark', institution: 'nyborg' }, 'scope.unit'],
    ['an area scope outside the four areas', { kind: 'area', area: 'jylland' }, 'scope.area'],
    ['a national scope naming an area', { kind: 'national', area: 'syddanmark' }, 'scope.area'],
    ['an unknown scope kind', { kind: 'prison' }, 'scope.kind'],
    ['an institution not in the catalogue', { kind: 'institution', area: 'syddanmark', institution: 'ukendt-institution' }, 'scope.institution'],
    ['an institution in another area', { kind: 'institution', area: 'region-vest', institution: 'nyborg' }, 'scope.area'],
  ])('refuses %s, naming the field', (_, scope, field) => {
    expect(errorOf(() => activate(command({ scope }), givenActivation(), NOW))).toMatchObject({ code: 'invalid-value', field });
  });

  it('refuses a plan that is only drafted, and a retired one', () => {
    expect(errorOf(() => activate(command({ plan: givenPlan(planDrafted(1)) }), givenActivation(), NOW))).toMatchObject({ code: 'plan-not-published' });
    const retired = givenPlan(planDrafted(1), planPublished(1), {
      type: 'crisis-readiness.plan-retired.v1',
      data: { planId: 'riot-institution', version: 1, reason: 'x' },
    });
    expect(errorOf(() => activate(command({ plan: retired }), givenActivation(), NOW))).toMatchObject({ code: 'plan-retired' });
  });

  it('requires exercise to be said outright, never assumed', () => {
    expect(errorOf(() => activate(command({ exercise: undefined }), givenActivation(), NOW))).toMatchObject({ field: 'exercise' });
  });
});

describe('roles, levels and standing down', () => {
  const active = givenActivation(activationStarted());

  it('fills a vacant role, then hands it over from its holder', () => {
    const [filled] = fillRole({ activationId: ACTIVATION_ID, role: 'crisis-lead', holder: LEAD, actor: ACTOR }, active, NOW);
    expect(filled).toMatchObject({ type: 'crisis-readiness.role-filled.v1', data: { role: 'crisis-lead', holder: LEAD } });
    const [handed] = fillRole(
      { activationId: ACTIVATION_ID, role: 'crisis-lead', holder: 'ST-9X1L5V', note: 'Vagtskifte', actor: ACTOR },
      givenActivation(activationStarted(), filled),
      NOW,
    );
    expect(handed).toMatchObject({ type: 'crisis-readiness.role-handed-over.v1', data: { from: LEAD, to: 'ST-9X1L5V', note: 'Vagtskifte' } });
  });

  it('refuses a surname as role holder', () => {
    expect(errorOf(() => fillRole({ activationId: ACTIVATION_ID, role: 'liaison', holder: 'Hansen', actor: ACTOR }, active, NOW))).toMatchObject({
      field: 'holder',
    });
  });

  it('raises and lowers the level, each with a reason', () => {
    const [raised] = changeLevel({ activationId: ACTIVATION_ID, level: 'strategic', reason: 'Gidsel taget.', actor: ACTOR }, active, NOW);
    expect(raised.data).toMatchObject({ from: 'tactical', to: 'strategic', direction: 'raised' });
    const [lowered] = changeLevel(
      { activationId: ACTIVATION_ID, level: 'operational', reason: 'Situationen er under kontrol.', actor: ACTOR },
      givenActivation(activationStarted(), raised),
      NOW,
    );
    expect(lowered.data).toMatchObject({ from: 'strategic', to: 'operational', direction: 'lowered' });
    expect(errorOf(() => changeLevel({ activationId: ACTIVATION_ID, level: 'strategic', reason: '', actor: ACTOR }, active, NOW))).toMatchObject({
      code: 'reason-required',
    });
    expect(errorOf(() => changeLevel({ activationId: ACTIVATION_ID, level: 'tactical', reason: 'x', actor: ACTOR }, active, NOW))).toMatchObject({
      code: 'no-change',
    });
  });

  it('stands down, refuses changes while stood down, and reopens with a reason', () => {
    expect(standDown({ activationId: ACTIVATION_ID, reason: 'Ro genoprettet.', actor: ACTOR }, active, new Date('2026-03-20T11:50:00.000Z'))).toEqual([
      stoodDown,
    ]);
    const down = givenActivation(activationStarted(), stoodDown);
    expect(errorOf(() => changeLevel({ activationId: ACTIVATION_ID, level: 'strategic', reason: 'x', actor: ACTOR }, down, NOW))).toMatchObject({
      code: 'invalid-transition',
    });
    expect(errorOf(() => reopen({ activationId: ACTIVATION_ID, reason: 'x', actor: ACTOR }, active, NOW))).toMatchObject({ code: 'invalid-transition' });
    const [reopened] = reopen({ activationId: ACTIVATION_ID, reason: 'Ny uro.', actor: ACTOR }, down, NOW);
    expect(givenActivation(activationStarted(), stoodDown, reopened).status).toBe('active');
  });

  it('refuses commands on an activation that does not exist', () => {
    expect(errorOf(() => standDown({ activationId: ACTIVATION_ID, reason: 'x', actor: ACTOR }, givenActivation(), NOW))).toMatchObject({
      code: 'activation-not-found',
    });
  });
});
