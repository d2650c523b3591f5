import { judge } from './case-judgement';
import { PlacementStarted } from './placement.events';
import { plus, started, timeline } from './placement.test-kit';
import { RuleSet } from './rule-set';
import { BASELINE_RULE_SET } from './rule-set.baseline';
import { NORWEGIAN_BASELINE_RULE_SET } from './rule-set.baseline.no';

const book = { dk: [BASELINE_RULE_SET], no: [NORWEGIAN_BASELINE_RULE_SET] };
const at = new Date(plus(30));
const placedAt = (institution: string, legalBasis: PlacementStarted['data']['legalBasis']) => timeline(started({ institution, legalBasis }));

describe("a placement is judged by its institution's country's rule set", () => {
  it('judges a placement at Nyborg Fængsel by the Danish rule set', () => {
    expect(judge(book, placedAt('nyborg', 'dk-strfl-66-1-1'), at).ruleSet).toEqual({
      country: 'dk',
      version: 1,
      title: 'Sikringscelleanbringelse: sagsbehandlingskrav (v1)',
      effectiveFrom: BASELINE_RULE_SET.effectiveFrom,
    });
  });

  it('judges a placement at Bergen fengsel by the Norwegian rule set', () => {
    const judgement = judge(book, placedAt('bergen-fengsel', 'no-strgjfl-38'), at);
    expect(judgement.ruleSet).toMatchObject({ country: 'no', version: 1, title: 'Plassering i sikkerhetscelle: saksbehandlingskrav (v1)' });
    expect(judgement.verdicts.map((v) => v.ruleId)).toEqual(NORWEGIAN_BASELINE_RULE_SET.rules.map((r) => r.id));
  });

  it("compares side by side only with the same country's versions", () => {
    const danishV2: RuleSet = { ...BASELINE_RULE_SET, version: 2, effectiveFrom: '2026-06-01T00:00:00.000Z', title: 'Skærpet' };
    const both = { dk: [BASELINE_RULE_SET, danishV2], no: [NORWEGIAN_BASELINE_RULE_SET] };
    expect(judge(both, placedAt('nyborg', 'dk-strfl-66-1-1'), at, 2).ruleSet?.title).toBe('Skærpet');
    expect(() => judge(both, placedAt('bergen-fengsel', 'no-strgjfl-38'), at, 2)).toThrow(/No rule-set version 2/);
  });

  it("has no rule set for a placement whose country has published none, rather than borrowing another country's", () => {
    expect(judge({ dk: [BASELINE_RULE_SET] }, placedAt('bergen-fengsel', 'no-strgjfl-38'), at)).toMatchObject({ ruleSet: null, verdicts: [] });
  });
});
