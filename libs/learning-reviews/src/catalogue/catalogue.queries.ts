import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { CommandRunner } from '@vigil/command-handling';
import { CATALOGUE_STREAM_ID, CatalogueState } from '../domain/catalogue';
import { POLICY_STREAM_ID, PolicyState } from '../domain/review-policy';
import { CATALOGUE_STREAM, POLICY_STREAM } from '../review-streams';

/** The catalogue in force, folded from its stream (small, and never behind a projection). */
export class GetCatalogue extends Query<CatalogueState> {}
export class GetReviewPolicy extends Query<PolicyState> {}

@QueryHandler(GetCatalogue)
export class GetCatalogueHandler implements IQueryHandler<GetCatalogue> {
  constructor(private readonly runner: CommandRunner) {}
  async execute(): Promise<CatalogueState> {
    return (await this.runner.load(CATALOGUE_STREAM_ID, CATALOGUE_STREAM.model)).state;
  }
}

@QueryHandler(GetReviewPolicy)
export class GetReviewPolicyHandler implements IQueryHandler<GetReviewPolicy> {
  constructor(private readonly runner: CommandRunner) {}
  async execute(): Promise<PolicyState> {
    return (await this.runner.load(POLICY_STREAM_ID, POLICY_STREAM.model)).state;
  }
}

export const CATALOGUE_QUERY_HANDLERS = [GetCatalogueHandler, GetReviewPolicyHandler];
