import { ACTIVATION_ID, activationStarted, ACTOR, errorOf, givenActivation, NOW, stoodDown } from '../domain/crisis.test-kit';
import { decide, RecordEvaluation } from './record-evaluation.decide';

const REF = '44444444-4444-4444-8444-444444444444';
const command = (overrides: Partial<RecordEvaluation> = {}): RecordEvaluation => ({
  activationId: ACTIVATION_ID,
  referenceId: REF,
  summary: 'Krisestaben var hurtigt samlet; radiodækningen svigtede.',
  points: [
    { kind: 'worked', riskClass: 'organisational', description: 'Rollerne blev fordelt inden for 15 minutter.' },
    {
      kind: 'did-not-work',
      riskClass: 'static-technological',
      description: 'Radiodækning i kælderen.',
      followUps: [{ action: 'Repeater monteres', owner: 'ST-9X1L5V', dueBy: '2026-05-01' }],
    },
  ],
  actor: ACTOR,
  ...overrides,
});

describe('after-action evaluation', () => {
  it('records points classed by risk class, with follow-ups and a reference id for a learning review', () => {
    const [event] = decide(command(), givenActivation(activationStarted(), stoodDown), NOW);
    expect(event.data.referenceId).toBe(REF);
    expect(event.data.points[0]).toEqual({
      kind: 'worked',
      riskClass: 'organisational',
      description: 'Rollerne blev fordelt inden for 15 minutter.',
      followUps: [],
    });
    expect(event.data.points[1].followUps).toEqual([{ action: 'Repeater monteres', owner: 'ST-9X1L5V', dueBy: '2026-05-01' }]);
  });

  it('waits for the stand-down, and is recorded once', () => {
    expect(errorOf(() => decide(command(), givenActivation(activationStarted()), NOW))).toMatchObject({ code: 'invalid-transition' });
    const [event] = decide(command(), givenActivation(activationStarted(), stoodDown), NOW);
    expect(errorOf(() => decide(command(), givenActivation(activationStarted(), stoodDown, event), NOW))).toMatchObject({
      code: 'evaluation-already-recorded',
    });
  });

  it('names the offending point field', () => {
    const points = [{ kind: 'worked', riskClass: 'technical', description: 'x' }];
    expect(errorOf(() => decide(command({ points }), givenActivation(activationStarted(), stoodDown), NOW))).toMatchObject({
      code: 'invalid-value',
      field: 'points.0.riskClass',
    });
  });
});
