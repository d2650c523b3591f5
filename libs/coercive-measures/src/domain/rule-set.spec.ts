import { BASELINE_RULE_SET } from './rule-set.baseline';
import { publishedRuleSets, RuleSet, ruleSetInForce } from './rule-set';

const v2: RuleSet = { ...BASELINE_RULE_SET, version: 2, effectiveFrom: '2026-06-01T00:00:00.000Z', title: 'v2' };

describe('the rule set in force', () => {
  it('is the latest version effective at or before the placement start', () => {
    expect(ruleSetInForce([BASELINE_RULE_SET, v2], '2026-05-31T23:59:59.999Z')?.version).toBe(1);
    expect(ruleSetInForce([BASELINE_RULE_SET, v2], '2026-06-01T00:00:00.000Z')?.version).toBe(2);
  });

  it('is none before the first version took effect', () => {
    expect(ruleSetInForce([BASELINE_RULE_SET, v2], '2015-01-01T00:00:00.000Z')).toBeNull();
  });

  it('is read from the published events, without their reason', () => {
    const events = [
      { type: 'coercive-measures.rule-set-published.v1', data: { ...v2, reason: 'Ny instruks' } },
      { type: 'other.v1', data: {} },
    ];
    expect(publishedRuleSets(events)).toEqual([v2]);
  });
});
