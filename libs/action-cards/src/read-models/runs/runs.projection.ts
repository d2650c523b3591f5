import { RecordedEvent } from '@vigil/event-store';
import { Projection } from '@vigil/projections';
import { EntityManager } from 'typeorm';
import { RUN_CATEGORY, runIdOf } from '../../action-card-streams';
import { isExercise, isRunEvent, RunEvent } from '../../domain/run.events';
import { evolveRun, initialRun, RunState, StartedRun } from '../../domain/run.state';

/** The channel watchers LISTEN on; PostgreSQL delivers it only when the projection's transaction commits. */
export const RUN_CHANGED_CHANNEL = 'action_card_run_changed';

/** What a change notification says: ids, status and the card's and step's titles, never notes or justifications. */
export interface RunChange {
  runId: string;
  revision: number;
  status: string;
  area: string;
  institution: string | null;
  exercise: boolean;
  type: string;
  stepId: string | null;
  /** The card's title and the step's, so a notice can name them as people do (template text, no personal data). */
  cardTitle: string;
  stepTitle: string | null;
}

/** Runs as they stand (board, figures), each step as a row, and the run's timeline of who did what. */
export class RunsProjection implements Projection {
  readonly name = 'action-cards.runs';
  readonly tables = ['action_card_run', 'action_card_run_step', 'action_card_run_timeline'];
  readonly category = RUN_CATEGORY;

  async handle(event: RecordedEvent, manager: EntityManager): Promise<void> {
    if (!isRunEvent(event.type)) return;
    const runId = runIdOf(event.streamId);
    const [row] = await manager.query('SELECT revision, state FROM action_card_run WHERE run_id = $1', [runId]);
    if (row && row.revision >= event.revision) return; // already applied
    const typed = { type: event.type, data: event.data } as RunEvent;
    const state = evolveRun((row?.state as RunState) ?? initialRun, typed);
    if (state.status === 'none') return;
    await this.saveRun(manager, state, event);
    await this.saveSteps(manager, state);
    const { runId: _r, card: _c, ...detail } = event.data as Record<string, unknown>;
    const stepId = (event.data as { stepId?: string }).stepId ?? null;
    await manager.query(
      `INSERT INTO action_card_run_timeline (run_id, revision, event_id, event_type, step_id, actor, recorded_at, detail) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT DO NOTHING`,
      [runId, event.revision, event.id, event.type, stepId, event.metadata.actor, event.metadata.recordedAt, JSON.stringify(detail)],
    );
    const change: RunChange = {
      runId,
      revision: event.revision,
      status: state.status,
      area: state.area,
      institution: state.institution,
      exercise: isExercise(state.trigger),
      type: event.type,
      stepId,
      cardTitle: state.card.title,
      stepTitle: state.card.steps.find((step) => step.id === stepId)?.title ?? null,
    };
    await manager.query('SELECT pg_notify($1, $2)', [RUN_CHANGED_CHANNEL, JSON.stringify(change)]);
  }

  private async saveRun(manager: EntityManager, state: StartedRun, event: RecordedEvent): Promise<void> {
    const incidentId = state.trigger.type === 'incident' ? state.trigger.incidentId : null;
    const activationId = state.trigger.type === 'crisis-activation' ? state.trigger.activationId : null;
    await manager.query(
      `INSERT INTO action_card_run (run_id, revision, status, template_id, template_version, title, situation, area, institution, trigger_type, incident_id,
         started_at, completed_at, updated_at, state, exercise, activation_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
       ON CONFLICT (run_id) DO UPDATE SET revision = $2, status = $3, completed_at = $13, updated_at = $14, state = $15`,
      [
        state.runId,
        event.revision,
        state.status,
        state.templateId,
        state.templateVersion,
        state.card.title,
        state.card.situation,
        state.area,
        state.institution,
        state.trigger.type,
        incidentId,
        state.startedAt,
        state.status === 'completed' ? state.completedAt : null,
        event.metadata.recordedAt,
        JSON.stringify(state),
        isExercise(state.trigger),
        activationId,
      ],
    );
  }

  private async saveSteps(manager: EntityManager, state: StartedRun): Promise<void> {
    for (const [position, step] of state.steps.entries()) {
      const title = state.card.steps[position].title;
      await manager.query(
        `INSERT INTO action_card_run_step (run_id, step_id, position, title, mandatory, responsible_role, assignee, status, due_at, overdue, escalated_to, closed_at,
           template_id, area, institution, run_started_at, exercise)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
         ON CONFLICT (run_id, step_id) DO UPDATE SET assignee = $7, status = $8, overdue = $10, escalated_to = $11, closed_at = $12`,
        [
          state.runId,
          step.stepId,
          position,
          title,
          step.mandatory,
          step.responsibleRole,
          step.assignee ? JSON.stringify(step.assignee) : null,
          step.status,
          step.dueAt,
          step.overdue,
          step.escalatedTo,
          step.completedAt,
          state.templateId,
          state.area,
          state.institution,
          state.startedAt,
          isExercise(state.trigger),
        ],
      );
    }
  }
}
