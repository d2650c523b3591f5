import { ACTOR, errorOf, given, NOW, PLACEMENT_ID, started } from '../domain/placement.test-kit';
import { decide, StartPlacement } from './start-placement.decide';

const command = (overrides: Partial<StartPlacement> = {}): StartPlacement => {
  const { legalParagraph: _p, ...data } = started().data;
  return {
    ...data,
    startedAt: '2026-03-20T09:00:00+01:00',
    reason: { category: 'violent-resistance', text: '  Indsat gjorde voldsom modstand ved visitation.  ' },
    actor: ACTOR,
    ...overrides,
  };
};

describe('start a placement', () => {
  it('records the legal basis with its paragraph, the reason, the alternatives and who decided and authorised', () => {
    expect(decide(command(), given(), NOW)).toEqual([started()]);
  });

  it('accepts a placement recorded after the fact', () => {
    expect(decide(command({ startedAt: '2026-03-01T02:00:00Z' }), given(), NOW)[0].data.startedAt).toBe('2026-03-01T02:00:00.000Z');
  });

  it('refuses a placement that is already recorded', () => {
    expect(errorOf(() => decide(command(), given(started()), NOW))).toMatchObject({ code: 'placement-already-started', field: 'placementId' });
  });

  it('refuses a reason the legal basis does not cover (self-harm is not a ground under nr. 1)', () => {
    const error = errorOf(() => decide(command({ reason: { category: 'self-harm', text: 'x' } }), given(), NOW));
    expect(error).toMatchObject({ code: 'invalid-value', field: 'reason.category' });
    expect(error.message).toContain('§ 66, stk. 1, nr. 1');
    expect(
      decide(command({ legalBasis: 'dk-strfl-66-1-2', reason: { category: 'self-harm', text: 'Forsøg på selvskade.' } }), given(), NOW)[0].data.legalParagraph,
    ).toBe('straffuldbyrdelsesloven § 66, stk. 1, nr. 2');
  });

  it('refuses a start in the future beyond five minutes of clock skew', () => {
    expect(decide(command({ startedAt: '2026-03-20T12:04:00Z' }), given(), NOW)).toHaveLength(1);
    expect(errorOf(() => decide(command({ startedAt: '2026-03-20T12:06:00Z' }), given(), NOW))).toMatchObject({ code: 'in-future', field: 'startedAt' });
  });

  it.each([
    ['legal basis', { legalBasis: 'because' }, 'legalBasis'],
    ['reason category', { reason: { category: 'annoying', text: 'x' } }, 'reason.category'],
    ['blank reason text', { reason: { category: 'violent-resistance', text: '  ' } }, 'reason.text'],
    ['empty alternatives (proportionality)', { alternatives: [] }, 'alternatives'],
    ['alternative measure', { alternatives: [{ measure: 'shouting', outcome: 'tried-insufficient', note: 'x' }] }, 'alternatives.0.measure'],
    ['alternative without note', { alternatives: [{ measure: 'dialogue', outcome: 'tried-insufficient', note: '' }] }, 'alternatives.0.note'],
    ['inmate named by surname', { inmateRef: 'Hansen' }, 'inmateRef'],
    ['decider named by surname', { decidedBy: 'Jensen' }, 'decidedBy'],
    ['authoriser', { authorisedBy: '' }, 'authorisedBy'],
    ['institution', { institution: 'Nyborg Fængsel' }, 'institution'],
    ['restrained flag', { restrained: 'yes' as never }, 'restrained'],
    ['measure', { measure: 'observation-cell' as never }, 'measure'],
    ['start time', { startedAt: 'yesterday' }, 'startedAt'],
  ])('refuses an invalid %s, naming the field', (_, overrides, field) => {
    expect(errorOf(() => decide(command(overrides as Partial<StartPlacement>), given(), NOW))).toMatchObject({ field });
  });

  it('takes the institution from the organisation catalogue, and the law of its country', () => {
    expect(errorOf(() => decide(command({ institution: 'ukendt-institution' }), given(), NOW))).toMatchObject({
      field: 'institution',
      message: 'no such institution in the catalogue',
    });
    const norwegian = command({ institution: 'oslo-fengsel', legalBasis: 'no-strgjfl-38' });
    expect(decide(norwegian, given(), NOW)[0].data).toMatchObject({ institution: 'oslo-fengsel', legalParagraph: 'straffegjennomføringsloven § 38' });
    expect(errorOf(() => decide(command({ institution: 'oslo-fengsel' }), given(), NOW))).toMatchObject({
      field: 'legalBasis',
      message: expect.stringContaining('is Danish law and does not apply in Norge'),
    });
  });

  it('keeps the placement id it was given', () => {
    expect(decide(command(), given(), NOW)[0].data.placementId).toBe(PLACEMENT_ID);
  });
});
