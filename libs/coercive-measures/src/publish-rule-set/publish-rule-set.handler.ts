import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { RuleSet } from '../domain/rule-set';
import { RULE_SET_VERSIONS } from '../placement-stream';
import { decide, PublishRuleSet } from './publish-rule-set.decide';

export class PublishRuleSetCommand extends StreamCommand<PublishRuleSet, RuleSet[]> {}

@CommandHandler(PublishRuleSetCommand)
export class PublishRuleSetHandler extends StreamCommandHandler<PublishRuleSetCommand> {
  protected readonly stream = RULE_SET_VERSIONS;
  protected readonly decide = decide;
}
