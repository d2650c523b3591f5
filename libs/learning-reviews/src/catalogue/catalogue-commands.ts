import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { CatalogueState, decidePublishCatalogue } from '../domain/catalogue';
import { decidePublishPolicy, PolicyState } from '../domain/review-policy';
import { CATALOGUE_STREAM, POLICY_STREAM } from '../review-streams';

type Payload<D> = D extends (command: infer C, ...rest: never[]) => unknown ? C : never;

export class PublishCatalogueCommand extends StreamCommand<Payload<typeof decidePublishCatalogue>, CatalogueState> {}
export class PublishReviewPolicyCommand extends StreamCommand<Payload<typeof decidePublishPolicy>, PolicyState> {}

@CommandHandler(PublishCatalogueCommand)
export class PublishCatalogueHandler extends StreamCommandHandler<PublishCatalogueCommand> {
  protected readonly stream = CATALOGUE_STREAM;
  protected readonly decide = decidePublishCatalogue;
}
@CommandHandler(PublishReviewPolicyCommand)
export class PublishReviewPolicyHandler extends StreamCommandHandler<PublishReviewPolicyCommand> {
  protected readonly stream = POLICY_STREAM;
  protected readonly decide = decidePublishPolicy;
}

export const CATALOGUE_COMMAND_HANDLERS = [PublishCatalogueHandler, PublishReviewPolicyHandler];
