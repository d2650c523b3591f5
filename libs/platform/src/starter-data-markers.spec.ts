import { START_POLICY_RULES, START_POLICY_RULES_NB } from '../../action-cards/src/incident-start-policy/start-policy.data';
import { STARTER_CARDS } from '../../action-cards/src/starter-library/starter-cards.data';
import { STARTER_CARDS_NB } from '../../action-cards/src/starter-library/starter-cards.nb.data';
import { BASELINE_RULE_SET } from '../../coercive-measures/src/domain/rule-set.baseline';
import { NORWEGIAN_BASELINE_RULE_SET } from '../../coercive-measures/src/domain/rule-set.baseline.no';
import { DEMO_CASES } from '../../coercive-measures/src/demo/demo-placements';
import { DEMO_ACTIVATIONS } from '../../crisis-readiness/src/demo/demo-activations';
import { STARTER_PLANS } from '../../crisis-readiness/src/starter-plans/starter-plans.data';
import { STARTER_PLANS_NB } from '../../crisis-readiness/src/starter-plans/starter-plans.nb.data';

/** A seed file's name ("003_…", "(000_…: …)") is where a text came from, never part of what a person reads. */
const SOURCE_MARKER = /\b00\d_/;

describe('starter and demo data a person reads', () => {
  it.each([
    ['the incident start policy', [...START_POLICY_RULES, ...START_POLICY_RULES_NB]],
    ['the starter action cards', [...STARTER_CARDS, ...STARTER_CARDS_NB]],
    ['the starter readiness plans', [...STARTER_PLANS, ...STARTER_PLANS_NB]],
    ['the baseline rule set and its sources', BASELINE_RULE_SET],
    ['the Norwegian baseline rule set and its sources', NORWEGIAN_BASELINE_RULE_SET],
    ['the demo activations', DEMO_ACTIVATIONS],
    ['the demo placements', DEMO_CASES],
  ])('%s: carries no seed-file markers', (_what, data) => {
    const texts = JSON.stringify(data).match(/"(?:[^"\\]|\\.)*"/g) ?? [];
    expect(texts.filter((text) => SOURCE_MARKER.test(text))).toEqual([]);
  });
});
