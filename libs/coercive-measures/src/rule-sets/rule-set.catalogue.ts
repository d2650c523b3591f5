import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { CommandRunner } from '@vigil/command-handling';
import { RuleSet } from '../domain/rule-set';
import { RULE_SET_STREAM, RULE_SET_VERSIONS } from '../placement-stream';
import { ensureBaselineRuleSet } from './baseline-publication';

/** The published rule-set versions, read from their stream (a handful of small events); the baseline is published at boot. */
@Injectable()
export class RuleSetCatalogue implements OnApplicationBootstrap {
  private readonly logger = new Logger('RuleSetCatalogue');

  constructor(private readonly runner: CommandRunner) {}

  async onApplicationBootstrap(): Promise<void> {
    if (await ensureBaselineRuleSet(this.runner)) this.logger.log('Published the baseline security-cell rule set v1');
  }

  async all(): Promise<RuleSet[]> {
    return (await this.runner.load(RULE_SET_STREAM, RULE_SET_VERSIONS.model)).state;
  }
}
