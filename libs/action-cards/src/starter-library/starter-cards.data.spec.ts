import { normaliseCard } from '../domain/card';
import { findArea } from '@vigil/organisation';
import { matchRule } from '../domain/start-policy.events';
import { START_POLICY_RULES, START_POLICY_RULES_NB, startPolicyRulesFor } from '../incident-start-policy/start-policy.data';
import { starterCardsFor } from './load-starter-library';
import { STARTER_CARDS } from './starter-cards.data';
import { STARTER_CARDS_NB } from './starter-cards.nb.data';

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

  it('has a Norwegian (Bokmål) card for every Danish one, with the same situation and steps', () => {
    for (const { templateId, card } of STARTER_CARDS) {
      const norwegian = STARTER_CARDS_NB.find((c) => c.templateId === `no-${templateId}`);
      expect(norwegian).toBeDefined();
      expect(norwegian!.card.situation).toBe(card.situation);
      if (templateId !== 'threats-against-employee-off-duty')
        expect(normaliseCard(norwegian!.card).steps.map((s) => s.id)).toEqual(normaliseCard(card).steps.map((s) => s.id));
    }
    for (const { card } of STARTER_CARDS_NB) expect(() => normaliseCard(card)).not.toThrow();
    const security = normaliseCard(STARTER_CARDS_NB.find((c) => c.templateId === 'no-security-cell-placement')!.card);
    expect(security.title).toBe('Plassering i sikkerhetscelle');
    expect(security.summary).toContain('straffegjennomføringsloven § 38');
  });

  it('loads the libraries of the countries served, and each country’s incidents start its own cards', () => {
    expect(starterCardsFor(['dk'])).toEqual(STARTER_CARDS);
    expect(starterCardsFor(['no'])).toEqual(STARTER_CARDS_NB);
    const both = starterCardsFor(['dk', 'no']).map((c) => c.templateId);
    expect(new Set(both).size).toBe(both.length);
    const nbIds = new Set(STARTER_CARDS_NB.map((c) => c.templateId));
    for (const rule of START_POLICY_RULES_NB) expect(nbIds.has(rule.templateId)).toBe(true);
    const rules = startPolicyRulesFor(['dk', 'no']);
    expect(findArea('region-vest')?.country).toBe('no');
    expect(matchRule(rules, 'violence', 'staff-on-duty', 'region-vest')?.templateId).toBe('no-violence-against-employee');
    expect(matchRule(rules, 'violence', 'staff-on-duty', 'syddanmark')?.templateId).toBe('violence-against-employee');
    // A rule of an earlier policy names no country and still covers every incident.
    expect(matchRule([{ ...START_POLICY_RULES[0], country: undefined }], 'violence', 'staff-on-duty', 'region-vest')?.templateId).toBe(
      'violence-against-employee',
    );
  });
});
