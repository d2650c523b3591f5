import { ACTIVATION_ID, activationStarted, ACTOR, decisionLogged, errorOf, givenActivation, LEAD, NOW, stoodDown } from '../domain/crisis.test-kit';
import { decide as logCommunication, LogCommunication } from '../log-communication/log-communication.decide';
import { decide as logDecision, LogDecision } from './log-decision.decide';

const FIRST = '11111111-1111-4111-8111-111111111111';
const SECOND = '22222222-2222-4222-8222-222222222222';
const decision = (overrides: Partial<LogDecision> = {}): LogDecision => {
  const { activationId: _a, loggedAt: _l, corrects: _c, correctionReason: _r, ...data } = decisionLogged(FIRST).data;
  return { ...data, activationId: ACTIVATION_ID, actor: ACTOR, ...overrides };
};
const communication = (overrides: Partial<LogCommunication> = {}): LogCommunication => ({
  activationId: ACTIVATION_ID,
  entryId: FIRST,
  audience: 'relatives',
  channel: 'phone',
  summary: 'Pårørende orienteret om at alle ansatte er uskadte.',
  released: true,
  communicatedBy: LEAD,
  communicatedAt: '2026-03-20T11:20:00.000Z',
  actor: ACTOR,
  ...overrides,
});

describe('the decision log: never edited, corrected by new entries', () => {
  const active = givenActivation(activationStarted());

  it('logs a decision with rationale, legal basis, alternatives, who decided and when', () => {
    expect(logDecision(decision(), active, new Date('2026-03-20T11:12:00.000Z'))).toEqual([decisionLogged(FIRST)]);
  });

  it('keeps a corrected entry visible, marked as corrected by the new one', () => {
    const [correction] = logDecision(
      decision({ entryId: SECOND, legalBasis: 'Straffuldbyrdelsesloven § 66', corrects: FIRST, correctionReason: 'Forkert paragraf.' }),
      givenActivation(activationStarted(), decisionLogged(FIRST)),
      NOW,
    );
    const state = givenActivation(activationStarted(), decisionLogged(FIRST), correction);
    if (state.status === 'none') throw new Error('expected an activation');
    expect(state.log.map((e) => [e.entryId, 'legalBasis' in e ? e.legalBasis : null, e.correctedBy, e.corrects])).toEqual([
      [FIRST, 'Straffuldbyrdelsesloven § 64', SECOND, null],
      [SECOND, 'Straffuldbyrdelsesloven § 66', null, FIRST],
    ]);
  });

  it('refuses correcting an entry twice, an unknown entry, or without a reason', () => {
    const corrected = givenActivation(activationStarted(), decisionLogged(FIRST), decisionLogged(SECOND, { corrects: FIRST, correctionReason: 'x' }));
    expect(
      errorOf(() => logDecision(decision({ entryId: '33333333-3333-4333-8333-333333333333', corrects: FIRST, correctionReason: 'y' }), corrected, NOW)),
    ).toMatchObject({ code: 'entry-already-corrected', field: 'corrects' });
    expect(errorOf(() => logDecision(decision({ entryId: SECOND, corrects: SECOND, correctionReason: 'y' }), active, NOW))).toMatchObject({
      code: 'entry-not-found',
    });
    expect(
      errorOf(() => logDecision(decision({ entryId: SECOND, corrects: FIRST }), givenActivation(activationStarted(), decisionLogged(FIRST)), NOW)),
    ).toMatchObject({ code: 'reason-required', field: 'correctionReason' });
  });

  it('requires the proportionality record: at least one alternative weighed', () => {
    expect(errorOf(() => logDecision(decision({ alternativesConsidered: [] }), active, NOW))).toMatchObject({ field: 'alternativesConsidered' });
    expect(errorOf(() => logDecision(decision({ legalBasis: ' ' }), active, NOW))).toMatchObject({ field: 'legalBasis' });
    expect(errorOf(() => logDecision(decision({ decidedAt: '2026-03-20T10:00:00.000Z' }), active, NOW))).toMatchObject({ field: 'decidedAt' });
  });

  it('takes no new entries once stood down, but still takes corrections', () => {
    const down = givenActivation(activationStarted(), decisionLogged(FIRST), stoodDown);
    expect(errorOf(() => logDecision(decision({ entryId: SECOND }), down, NOW))).toMatchObject({ code: 'invalid-transition' });
    expect(logDecision(decision({ entryId: SECOND, corrects: FIRST, correctionReason: 'Tidspunkt rettet.' }), down, NOW)).toHaveLength(1);
  });
});

describe('the communication log', () => {
  const active = givenActivation(activationStarted());

  it('logs to whom, by which channel, what, and whether it was released', () => {
    const [event] = logCommunication(communication(), active, NOW);
    expect(event.data).toMatchObject({ audience: 'relatives', channel: 'phone', released: true, communicatedBy: LEAD, corrects: null });
  });

  it('refuses an unknown audience and a correction pointing at a decision', () => {
    expect(errorOf(() => logCommunication(communication({ audience: 'press' }), active, NOW))).toMatchObject({ field: 'audience' });
    const withDecision = givenActivation(activationStarted(), decisionLogged(FIRST));
    expect(errorOf(() => logCommunication(communication({ entryId: SECOND, corrects: FIRST, correctionReason: 'x' }), withDecision, NOW))).toMatchObject({
      code: 'entry-not-found',
    });
  });
});
