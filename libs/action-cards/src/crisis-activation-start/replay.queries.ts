import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { RunState } from '../domain/run.state';
import { replayView } from './replay.view';

export type ActivationReplay = ReturnType<typeof replayView>;

/** What an activation started, replayed against the cards' deadlines as of a moment; null when it never reached the action cards. */
export class ReplayActivation extends Query<ActivationReplay | null> {
  constructor(
    readonly activationId: string,
    readonly asOf: Date,
  ) {
    super();
  }
}

@QueryHandler(ReplayActivation)
export class ReplayActivationHandler implements IQueryHandler<ReplayActivation> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ activationId, asOf }: ReplayActivation): Promise<ActivationReplay | null> {
    const [activation] = await this.dataSource.query(
      `SELECT activation_id AS "activationId", plan_id AS "planId", plan_version AS "planVersion", plan_title AS "planTitle", scope, level, exercise,
              activated_at AS "activatedAt" FROM action_card_activation WHERE activation_id = $1`,
      [activationId],
    );
    if (!activation) return null;
    const runs: { state: RunState }[] = await this.dataSource.query('SELECT state FROM action_card_run WHERE activation_id = $1 ORDER BY template_id', [
      activationId,
    ]);
    const requests = await this.dataSource.query(
      `SELECT run_id AS "runId", template_id AS "templateId", outcome FROM action_card_activation_start_request WHERE activation_id = $1 ORDER BY template_id`,
      [activationId],
    );
    return replayView(
      activation,
      runs.map((r) => r.state),
      requests,
      asOf,
    );
  }
}
