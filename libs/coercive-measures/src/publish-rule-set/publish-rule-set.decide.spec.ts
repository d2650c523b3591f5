import { errorOf, NOW } from '../domain/placement.test-kit';
import { BASELINE_RULE_SET } from '../domain/rule-set.baseline';
import { decide, PublishRuleSet } from './publish-rule-set.decide';

const command = (overrides: Partial<PublishRuleSet> = {}): PublishRuleSet => ({
  ...BASELINE_RULE_SET,
  reason: 'Ny lokal instruks',
  actor: 'ST-9X1L5V',
  ...overrides,
});
const next = (overrides: Partial<PublishRuleSet> = {}) => command({ version: 2, effectiveFrom: '2026-05-01T00:00:00Z', ...overrides });

describe('publish a rule set', () => {
  it('publishes the first version with any effective date (the baseline predates the system)', () => {
    expect(decide(command(), [], NOW)).toEqual([
      { type: 'coercive-measures.rule-set-published.v1', data: { ...BASELINE_RULE_SET, reason: 'Ny lokal instruks' } },
    ]);
  });

  it('publishes the next version, effective in the future', () => {
    expect(decide(next(), [BASELINE_RULE_SET], NOW)[0].data).toMatchObject({ version: 2, effectiveFrom: '2026-05-01T00:00:00.000Z' });
  });

  it('never re-publishes a version nor skips one', () => {
    expect(errorOf(() => decide(command(), [BASELINE_RULE_SET], NOW))).toMatchObject({ code: 'rule-set-version-conflict', field: 'version' });
    expect(errorOf(() => decide(next({ version: 3 }), [BASELINE_RULE_SET], NOW))).toMatchObject({ code: 'rule-set-version-conflict' });
  });

  it('refuses a later version that would take effect in the past (it would re-judge old cases)', () => {
    expect(errorOf(() => decide(next({ effectiveFrom: '2026-03-01T00:00:00Z' }), [BASELINE_RULE_SET], NOW))).toMatchObject({ field: 'effectiveFrom' });
  });

  it.each([
    ['no rules', { rules: [] }, 'rules'],
    ['an unknown kind', { rules: [{ ...BASELINE_RULE_SET.rules[0], kind: 'vibes' }] }, 'rules.0.kind'],
    ['a zero limit', { rules: [{ ...BASELINE_RULE_SET.rules[0], maxGapMinutes: 0 }] }, 'rules.0.maxGapMinutes'],
    ['an unknown fact', { rules: [{ ...BASELINE_RULE_SET.rules[1], fact: 'coffee' }] }, 'rules.0.fact'],
    ['a rule without a source', { rules: [{ ...BASELINE_RULE_SET.rules[1], source: '' }] }, 'rules.0.source'],
    ['a duplicate rule id', { rules: [BASELINE_RULE_SET.rules[1], BASELINE_RULE_SET.rules[1]] }, 'rules.1.id'],
    ['a blank reason', { reason: ' ' }, 'reason'],
  ])('refuses %s, naming the field', (_, overrides, field) => {
    expect(errorOf(() => decide(next(overrides as Partial<PublishRuleSet>), [BASELINE_RULE_SET], NOW))).toMatchObject({ field });
  });
});
