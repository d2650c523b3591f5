import { RecordedEvent } from '@vigil/event-store';
import { Projection } from '@vigil/projections';
import { EntityManager } from 'typeorm';
import { RUN_CATEGORY, runIdOf } from '../action-card-streams';
import { isRunEvent, RunEvent } from '../domain/run.events';
import { evolveRun, initialRun, StartedRun } from '../domain/run.state';

/** NOTIFYed (on commit) when a deadline row may fall due earlier than the workflow knows: a new step, a reopened step or run. */
export const ACTION_CARD_DEADLINES_CHANNEL = 'action_card_deadlines';
const NOTIFY = `SELECT pg_notify('${ACTION_CARD_DEADLINES_CHANNEL}', '') FROM changed`;

const SET_BY_STEP_EVENT: Partial<Record<RunEvent['type'], string>> = {
  'action-cards.step-completed.v1': 'open = false',
  'action-cards.step-skipped.v1': 'open = false',
  'action-cards.step-reopened.v1': 'open = true',
  'action-cards.step-became-overdue.v1': 'overdue = true',
  'action-cards.step-escalated.v1': 'escalated = true',
};

/**
 * The table of step deadlines the workflow polls: one row per step, due while the step and its run
 * are open and it has not yet escalated. Every write sets a value, so replays change nothing.
 */
export class DeadlinesProjection implements Projection {
  readonly name = 'action-cards.deadlines';
  readonly tables = ['action_card_step_deadline'];
  readonly category = RUN_CATEGORY;

  async handle(event: RecordedEvent, manager: EntityManager): Promise<void> {
    if (!isRunEvent(event.type)) return;
    const runId = runIdOf(event.streamId);
    const typed = { type: event.type, data: event.data } as RunEvent;
    if (typed.type === 'action-cards.run-started.v1') {
      const run = evolveRun(initialRun, typed) as StartedRun;
      for (const step of run.steps) {
        // The NOTIFY rides on the same statement (no extra round trip); PostgreSQL sends one per channel and transaction.
        await manager.query(
          `WITH changed AS (INSERT INTO action_card_step_deadline (run_id, step_id, due_at, open, run_open, overdue, escalated)
             VALUES ($1, $2, $3, true, true, false, false) ON CONFLICT DO NOTHING RETURNING 1) ${NOTIFY}`,
          [runId, step.stepId, step.dueAt],
        );
      }
      return;
    }
    if (typed.type === 'action-cards.run-completed.v1' || typed.type === 'action-cards.run-reopened.v1') {
      const reopened = typed.type === 'action-cards.run-reopened.v1';
      const update = 'UPDATE action_card_step_deadline SET run_open = $2 WHERE run_id = $1';
      await manager.query(reopened ? `WITH changed AS (${update} RETURNING 1) ${NOTIFY}` : update, [runId, reopened]);
      return;
    }
    const set = SET_BY_STEP_EVENT[typed.type];
    if (!set) return;
    const update = `UPDATE action_card_step_deadline SET ${set} WHERE run_id = $1 AND step_id = $2`;
    const reopened = typed.type === 'action-cards.step-reopened.v1';
    await manager.query(reopened ? `WITH changed AS (${update} RETURNING 1) ${NOTIFY}` : update, [runId, (typed.data as { stepId: string }).stepId]);
  }
}
