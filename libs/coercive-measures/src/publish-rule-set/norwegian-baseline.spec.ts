import { NOW } from '../domain/placement.test-kit';
import { BASELINE_RULE_SET } from '../domain/rule-set.baseline';
import { NORWEGIAN_BASELINE_RULE_SET } from '../domain/rule-set.baseline.no';
import { decide } from './publish-rule-set.decide';

const shape = ({ id, kind, ...rule }: (typeof BASELINE_RULE_SET.rules)[number]) => {
  const { description: _d, source: _s, ...values } = rule;
  return { id, kind, ...values };
};

describe('the Norwegian baseline rule set', () => {
  it('has a title in Norwegian Bokmål', () => {
    expect(NORWEGIAN_BASELINE_RULE_SET).toMatchObject({ version: 1, title: 'Plassering i sikkerhetscelle: saksbehandlingskrav (v1)' });
  });

  it('holds the same kinds of rules with the same working values as the Danish one', () => {
    expect(NORWEGIAN_BASELINE_RULE_SET.rules.map(shape)).toEqual(BASELINE_RULE_SET.rules.map(shape));
  });

  it('cites Norwegian law for every rule, never Danish', () => {
    for (const rule of NORWEGIAN_BASELINE_RULE_SET.rules) {
      expect(rule.source).toMatch(/straffegjennomføring/);
      expect(rule.source).not.toMatch(/straffuldbyrdelseslov|bekendtgørelse|CIS/);
    }
    expect(NORWEGIAN_BASELINE_RULE_SET.rules.find((r) => r.id === 'legal-review')?.source).toMatch(/regionen/);
  });

  it('is publishable as the first version of its own stream', () => {
    const command = { ...NORWEGIAN_BASELINE_RULE_SET, reason: 'Baseline', actor: 'SYS-BASELINE', country: 'no' as const };
    expect(decide(command, [], NOW)[0]).toEqual({
      type: 'coercive-measures.rule-set-published.v1',
      data: { ...NORWEGIAN_BASELINE_RULE_SET, reason: 'Baseline' },
    });
  });
});
