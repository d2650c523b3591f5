import { normaliseCard } from '../domain/card';
import { START_POLICY_RULES } from '../incident-start-policy/start-policy.data';
import { STARTER_CARDS } from './starter-cards.data';

describe('the starter library', () => {
  it('holds only valid cards with unique ids', () => {
    for (const { card } of STARTER_CARDS) expect(() => normaliseCard(card)).not.toThrow();
    const ids = STARTER_CARDS.map((c) => c.templateId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives the employee the ten pieces of advice of 000_ as a checklist, in order', () => {
    const card = normaliseCard(STARTER_CARDS.find((c) => c.templateId === 'threats-against-employee-off-duty')!.card);
    const advice = card.steps.filter((s) => s.id.startsWith('advice-'));
    expect(advice.map((s) => s.title.match(/^Råd (\d+):/)?.[1])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(advice.every((s) => s.responsibleRole === 'employee')).toBe(true);
  });

  it('covers the steps named for violence against an employee', () => {
    const card = normaliseCard(STARTER_CARDS.find((c) => c.templateId === 'violence-against-employee')!.card);
    expect(card.steps.map((s) => s.id)).toEqual(
      expect.arrayContaining([
        'person-safety',
        'contact-manager',
        'psychological-first-aid',
        'register-incident',
        'police-report',
        'follow-up-conversation',
        'ptsd-follow-up',
      ]),
    );
  });

  it('starts only cards that the library holds', () => {
    const ids = new Set(STARTER_CARDS.map((c) => c.templateId));
    for (const rule of START_POLICY_RULES) expect(ids.has(rule.templateId)).toBe(true);
  });
});
