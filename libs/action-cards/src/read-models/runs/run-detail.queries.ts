import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** One run for the coordinator or the auditor: the pinned card, every step's state, and the timeline. */
@Injectable()
export class RunDetailQueries {
  constructor(private readonly dataSource: DataSource) {}

  async detail(runId: string) {
    const [run] = await this.dataSource.query(
      `SELECT run_id AS "runId", revision, status, template_id AS "templateId", template_version AS "templateVersion", area, institution,
              exercise, activation_id AS "activationId", started_at AS "startedAt", completed_at AS "completedAt", updated_at AS "updatedAt", state
         FROM action_card_run WHERE run_id = $1`,
      [runId],
    );
    if (!run) return null;
    const timeline = await this.dataSource.query(
      `SELECT revision, event_type AS "type", step_id AS "stepId", actor, recorded_at AS "recordedAt", detail
         FROM action_card_run_timeline WHERE run_id = $1 ORDER BY revision`,
      [runId],
    );
    const { state, ...facts } = run;
    const cardSteps: { id: string }[] = state.card.steps;
    const steps = state.steps.map((step: { stepId: string }, i: number) => ({ ...cardSteps[i], ...step }));
    return { ...facts, trigger: state.trigger, startedBy: state.startedBy, card: state.card, steps, timeline };
  }
}
