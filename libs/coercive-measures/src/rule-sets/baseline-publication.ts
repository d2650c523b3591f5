import { CommandRunner } from '@vigil/command-handling';
import { RuleSet } from '../domain/rule-set';
import { BASELINE_RULE_SET } from '../domain/rule-set.baseline';
import { RULE_SET_VERSIONS, RULE_SET_STREAM } from '../placement-stream';
import { decide } from '../publish-rule-set/publish-rule-set.decide';

/** The same id on every node: concurrent boots store the baseline once (the store's retry safety). */
const BASELINE_EVENT_ID = '8f9f8e2a-5d41-4c3b-9a77-3b0c2d1e4f51';
/** Pseudonymous reference of the system itself as author of the baseline. */
export const SYSTEM_ACTOR = 'SYS-BASELINE';

/** Publishes rule set v1 through the command runner when no version is published yet; true when this call published it. */
export async function ensureBaselineRuleSet(runner: CommandRunner): Promise<boolean> {
  const { model, namespace } = RULE_SET_VERSIONS;
  const command = { ...BASELINE_RULE_SET, reason: 'Baseline: the obligations named to the Ombudsman', actor: SYSTEM_ACTOR };
  // A store with any version already needs no baseline: nothing is decided, nothing stored.
  const publish = (published: RuleSet[], now: Date) => (published.length ? [] : decide(command, published, now));
  const meta = { actor: SYSTEM_ACTOR, correlationId: 'baseline-rule-set-v1', eventIds: () => BASELINE_EVENT_ID };
  return !(await runner.run({ streamId: RULE_SET_STREAM, model, namespace, decide: publish }, meta)).alreadyRecorded;
}
