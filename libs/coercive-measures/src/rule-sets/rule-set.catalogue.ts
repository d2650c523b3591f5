import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { CommandRunner } from '@vigil/command-handling';
import { COUNTRIES } from '@vigil/organisation';
import { RuleSetBook } from '../domain/rule-set';
import { RULE_SET_VERSIONS, ruleSetStreamOf } from '../placement-stream';
import { ensureBaselineRuleSets } from './baseline-publication';

/** Each country's published rule-set versions, read from its stream (a handful of small events); the baselines are published at boot. */
@Injectable()
export class RuleSetCatalogue implements OnApplicationBootstrap {
  private readonly logger = new Logger('RuleSetCatalogue');

  constructor(private readonly runner: CommandRunner) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const country of await ensureBaselineRuleSets(this.runner)) this.logger.log(`Published the baseline security-cell rule set v1 (${country})`);
  }

  /** Every country's, served or not: placements recorded earlier stay judged by their own country's rules. */
  async book(): Promise<RuleSetBook> {
    const loaded = await Promise.all(
      COUNTRIES.map(async (country) => [country, (await this.runner.load(ruleSetStreamOf(country), RULE_SET_VERSIONS.model)).state]),
    );
    return Object.fromEntries(loaded);
  }
}
