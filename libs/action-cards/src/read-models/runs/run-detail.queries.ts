import { RunScope, runScopeSql } from './run-reader-scope';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { Card } from '../../domain/card';
import { RunTrigger } from '../../domain/run.events';
import { StartedRun } from '../../domain/run.state';

export interface RunDetail {
  runId: string;
  revision: number;
  status: string;
  trigger: RunTrigger;
  startedBy: string;
  card: Card;
  steps: Record<string, unknown>[];
  timeline: { revision: number; type: string; stepId: string | null; actor: string; recordedAt: Date; detail: unknown }[];
  [fact: string]: unknown;
}

/** One run for the coordinator or the auditor: the pinned card, every step's state, and the timeline; null when unknown. */
export class GetRunDetail extends Query<RunDetail | null> {
  constructor(
    readonly runId: string,
    readonly scope: RunScope = { area: null, institution: null },
  ) {
    super();
  }
}

@QueryHandler(GetRunDetail)
export class GetRunDetailHandler implements IQueryHandler<GetRunDetail> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ runId, scope }: GetRunDetail): Promise<RunDetail | null> {
    const [run] = await this.dataSource.query(
      `SELECT run_id AS "runId", revision, status, template_id AS "templateId", template_version AS "templateVersion", area, institution,
              exercise, activation_id AS "activationId", started_at AS "startedAt", completed_at AS "completedAt", updated_at AS "updatedAt", state
         FROM action_card_run WHERE run_id = $1 AND ${runScopeSql('', 2, 3)}`,
      [runId, scope.area, scope.institution],
    );
    if (!run) return null; // unknown, or outside the reader's unit: the same answer
    const timeline = await this.dataSource.query(
      `SELECT revision, event_type AS "type", step_id AS "stepId", actor, recorded_at AS "recordedAt", detail
         FROM action_card_run_timeline WHERE run_id = $1 ORDER BY revision`,
      [runId],
    );
    const { state, ...facts }: { state: StartedRun; runId: string; revision: number; status: string } = run;
    const steps = state.steps.map((step, i) => ({ ...state.card.steps[i], ...step }));
    return { ...facts, trigger: state.trigger, startedBy: state.startedBy, card: state.card, steps, timeline };
  }
}
