import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { StartRule } from '../domain/start-policy.events';

export interface StartPolicyView {
  inForce: boolean;
  version: number | null;
  rules: StartRule[];
  publishedAt: Date | null;
}

/** The start policy in force, or an empty one before the first is published. */
export class GetStartPolicy extends Query<StartPolicyView> {}

@QueryHandler(GetStartPolicy)
export class GetStartPolicyHandler implements IQueryHandler<GetStartPolicy> {
  constructor(private readonly dataSource: DataSource) {}

  async execute(): Promise<StartPolicyView> {
    const [row] = await this.dataSource.query(
      `SELECT version, rules, published_at AS "publishedAt" FROM action_card_start_policy WHERE policy_id = 'incident-start'`,
    );
    return row ? { inForce: true, ...row } : { inForce: false, version: null, rules: [], publishedAt: null };
  }
}
