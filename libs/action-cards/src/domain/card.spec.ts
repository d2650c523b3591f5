import { errorOf } from '@vigil/event-sourcing';
import { CardInput, normaliseCard } from './card';
import { deadlineMinutes, formatMinutes } from './deadline-duration';

const step = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: id,
  instructions: 'Gør det.',
  responsibleRole: 'crisis-coordinator',
  deadline: 'PT1H',
  ...extra,
});
const card = (steps: unknown[], extra: Partial<CardInput> = {}): CardInput => ({ title: 'Kort', situation: 'crisis-scenario', steps, ...extra });

describe('an action card as written', () => {
  it('normalises deadlines given as ISO 8601 durations or minutes, and defaults to mandatory without note', () => {
    const result = normaliseCard(card([step('a', { deadline: 90 }), step('b', { deadline: 'P1DT2H', prerequisites: ['a'] }), step('c', { deadline: 'P2W' })]));
    expect(result.steps.map((s) => [s.deadline, s.deadlineMinutes, s.mandatory, s.noteRequired])).toEqual([
      ['PT1H30M', 90, true, false],
      ['P1DT2H', 1560, true, false],
      ['P14D', 20160, true, false],
    ]);
  });

  it.each([
    ['a duplicate step id', [step('a'), step('a')], 'steps.1.id'],
    ['a missing prerequisite', [step('a', { prerequisites: ['ghost'] })], 'steps.0.prerequisites.0'],
    ['a step that needs itself', [step('a', { prerequisites: ['a'] })], 'steps.0.prerequisites.0'],
    [
      'a cycle of prerequisites',
      [step('a', { prerequisites: ['c'] }), step('b', { prerequisites: ['a'] }), step('c', { prerequisites: ['b'] })],
      'steps.0.prerequisites',
    ],
    ['an unknown role', [step('a', { responsibleRole: 'janitor' })], 'steps.0.responsibleRole'],
    ['an unreadable deadline', [step('a', { deadline: 'soon' })], 'steps.0.deadline'],
    ['a zero deadline', [step('a', { deadline: 'PT0M' })], 'steps.0.deadline'],
    ['a blank title', [step('a', { title: ' ' })], 'steps.0.title'],
    ['a step id with spaces', [step('call the manager')], 'steps.0.id'],
    ['no steps at all', [], 'steps'],
  ])('refuses %s, naming the field', (_, steps, field) => {
    expect(errorOf(() => normaliseCard(card(steps)))).toMatchObject({ code: 'invalid-value', field });
  });

  it('refuses an unknown situation', () => {
    expect(errorOf(() => normaliseCard(card([step('a')], { situation: 'picnic' })))).toMatchObject({ field: 'situation' });
  });
});

describe('deadline durations', () => {
  it('reads minutes to days and writes them back canonically', () => {
    expect(deadlineMinutes('PT15M', 'd')).toBe(15);
    expect(deadlineMinutes('P3D', 'd')).toBe(4320);
    expect(formatMinutes(4320)).toBe('P3D');
    expect(formatMinutes(61)).toBe('PT1H1M');
  });
  it('refuses empty designators and fractions', () => {
    for (const bad of ['P', 'PT', 'P1.5D', 1.5, '30'])
      expect(errorOf(() => deadlineMinutes(bad, 'steps.0.deadline'))).toMatchObject({ field: 'steps.0.deadline' });
  });
});
