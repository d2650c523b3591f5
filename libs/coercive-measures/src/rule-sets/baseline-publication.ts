import { CommandRunner } from '@vigil/command-handling';
import { Country, servedJurisdictions } from '@vigil/organisation';
import { RuleSet } from '../domain/rule-set';
import { BASELINE_RULE_SET } from '../domain/rule-set.baseline';
import { NORWEGIAN_BASELINE_RULE_SET } from '../domain/rule-set.baseline.no';
import { RULE_SET_VERSIONS, ruleSetStreamOf } from '../placement-stream';
import { decide } from '../publish-rule-set/publish-rule-set.decide';

/** Pseudonymous reference of the system itself as author of the baseline. */
export const SYSTEM_ACTOR = 'SYS-BASELINE';

interface Baseline {
  ruleSet: RuleSet;
  reason: string;
  /** The same id on every node: concurrent boots store the baseline once (the store's retry safety). */
  eventId: string;
  correlationId: string;
}

/** Each country's version 1; Denmark's keeps the event id and correlation it was first stored with. */
export const BASELINES: Record<Country, Baseline> = {
  dk: {
    ruleSet: BASELINE_RULE_SET,
    reason: 'Baseline: the obligations named to the Ombudsman',
    eventId: '8f9f8e2a-5d41-4c3b-9a77-3b0c2d1e4f51',
    correlationId: 'baseline-rule-set-v1',
  },
  no: {
    ruleSet: NORWEGIAN_BASELINE_RULE_SET,
    reason: 'Baseline: straffegjennomføringsloven § 38 with its forskrift and retningslinjer',
    eventId: '3c6a1d0e-7b52-4f8e-9d21-5e4b8a7c9f02',
    correlationId: 'baseline-rule-set-no-v1',
  },
};

/** Publishes a country's rule set v1 through the command runner when it has no version yet; true when this call published it. */
export async function ensureBaselineRuleSet(runner: CommandRunner, country: Country = 'dk'): Promise<boolean> {
  const { model, namespace } = RULE_SET_VERSIONS;
  const { ruleSet, reason, eventId, correlationId } = BASELINES[country];
  const command = { ...ruleSet, reason, actor: SYSTEM_ACTOR };
  // A stream with any version already needs no baseline: nothing is decided, nothing stored.
  const publish = (published: RuleSet[], now: Date) => (published.length ? [] : decide(command, published, now));
  const meta = { actor: SYSTEM_ACTOR, correlationId, eventIds: () => eventId };
  return !(await runner.run({ streamId: ruleSetStreamOf(country), model, namespace, decide: publish }, meta)).alreadyRecorded;
}

/** Publishes the baseline of every country the installation serves; the countries whose baseline this call published. */
export async function ensureBaselineRuleSets(runner: CommandRunner, countries: readonly Country[] = servedJurisdictions()): Promise<Country[]> {
  const published: Country[] = [];
  for (const country of countries) if (await ensureBaselineRuleSet(runner, country)) published.push(country);
  return published;
}
