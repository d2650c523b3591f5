import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { RETENTION_RULES_STREAM } from '../data-protection-streams';
import { decidePublishRules, PublishRetentionRules } from '../domain/retention.decide';
import { RetentionRulesState } from '../domain/retention.events';

export class PublishRetentionRulesCommand extends StreamCommand<PublishRetentionRules, RetentionRulesState> {}

@CommandHandler(PublishRetentionRulesCommand)
export class PublishRetentionRulesHandler extends StreamCommandHandler<PublishRetentionRulesCommand> {
  protected readonly stream = RETENTION_RULES_STREAM;
  protected readonly decide = decidePublishRules;
}
