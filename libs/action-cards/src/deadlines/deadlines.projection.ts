import { RecordedEvent } from '@vigil/event-store';
import { Projection } from '@vigil/projections';
import { EntityManager } from 'typeorm';
import { RUN_CATEGORY, runIdOf } from '../action-card-streams';
import { isRunEvent, RunEvent } from '../domain/run.events';
import { evolveRun, initialRun, StartedRun } from '../domain/run.state';

/** NOTIFYed (on commit) when a deadline row may fall due earlier than the workflow knows: a new step, a reopened step or run. */
export const ACTION_CARD_DEADLINES_CHANNEL = 'action_card_deadlines';

interface Flags {
  open: boolean;
  run_open: boolean;
  overdue: boolean;
  escalated: boolean;
}

/** A row as the page leaves it: a new one in full, an existing one as the flags the page set (the rest stays as the database has it). */
interface Deadline {
  readonly runId: string;
  readonly stepId: string;
  /** Only on a row this page adds. */
  readonly dueAt?: string;
  flags: Partial<Flags>;
}

const SET_BY_STEP_EVENT: Partial<Record<RunEvent['type'], Partial<Flags>>> = {
  'action-cards.step-completed.v1': { open: false },
  'action-cards.step-skipped.v1': { open: false },
  'action-cards.step-reopened.v1': { open: true },
  'action-cards.step-became-overdue.v1': { overdue: true },
  'action-cards.step-escalated.v1': { escalated: true },
};

const FLAGS = 'open boolean, run_open boolean, overdue boolean, escalated boolean';
// Existing rows get only the flags the page set, so a hint the deadline poller wrote meanwhile into another flag stays.
// The NOTIFY rides on the same statement (no extra round trip); PostgreSQL sends one per channel and transaction.
const WRITE = `WITH inserted AS (
    INSERT INTO action_card_step_deadline (run_id, step_id, due_at, open, run_open, overdue, escalated)
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(run_id uuid, step_id text, due_at timestamptz, ${FLAGS}) ON CONFLICT DO NOTHING),
  updated AS (
    UPDATE action_card_step_deadline d SET open = coalesce(p.open, d.open), run_open = coalesce(p.run_open, d.run_open),
      overdue = coalesce(p.overdue, d.overdue), escalated = coalesce(p.escalated, d.escalated)
    FROM jsonb_to_recordset($2::jsonb) AS p(run_id uuid, step_id text, ${FLAGS})
    WHERE d.run_id = p.run_id AND d.step_id = p.step_id)
  SELECT pg_notify('${ACTION_CARD_DEADLINES_CHANNEL}', '') WHERE $3::boolean`;

/**
 * The table of step deadlines the workflow polls: one row per step, due while the step and its run
 * are open and it has not yet escalated. Every write sets a value, so replays change nothing.
 */
export class DeadlinesProjection implements Projection {
  readonly name = 'action-cards.deadlines';
  readonly tables = ['action_card_step_deadline'];
  readonly category = RUN_CATEGORY;

  handle(event: RecordedEvent, manager: EntityManager): Promise<void> {
    return this.handleBatch([event], manager);
  }

  /**
   * A page: which deadline rows of its runs exist is read in one query, the events are folded over them in memory, and one
   * statement inserts the new rows, sets the flags on the existing ones and NOTIFYs when a row was added or reopened.
   */
  async handleBatch(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    const mine = events.filter((event) => isRunEvent(event.type));
    if (mine.length === 0) return;
    const ids = [...new Set(mine.map((event) => runIdOf(event.streamId)))];
    const stored: { run_id: string; step_id: string }[] = await manager.query(
      'SELECT run_id, step_id FROM action_card_step_deadline WHERE run_id = ANY($1::uuid[])',
      [ids],
    );
    const runs = new Map<string, Map<string, Deadline>>(ids.map((id) => [id, new Map()]));
    for (const row of stored) runs.get(row.run_id)?.set(row.step_id, { runId: row.run_id, stepId: row.step_id, flags: {} });
    let notify = false;
    for (const event of mine) {
      const steps = runs.get(runIdOf(event.streamId))!;
      const typed = { type: event.type, data: event.data } as RunEvent;
      if (typed.type === 'action-cards.run-started.v1') {
        const run = evolveRun(initialRun, typed) as StartedRun;
        for (const step of run.steps) {
          if (steps.has(step.stepId)) continue; // the row is there: an insert would do nothing
          const flags = { open: true, run_open: true, overdue: false, escalated: false };
          steps.set(step.stepId, { runId: runIdOf(event.streamId), stepId: step.stepId, dueAt: step.dueAt, flags });
          notify = true;
        }
      } else if (typed.type === 'action-cards.run-completed.v1' || typed.type === 'action-cards.run-reopened.v1') {
        const reopened = typed.type === 'action-cards.run-reopened.v1';
        for (const deadline of steps.values()) deadline.flags.run_open = reopened;
        if (reopened && steps.size > 0) notify = true;
      } else {
        const set = SET_BY_STEP_EVENT[typed.type];
        const deadline = set && steps.get((typed.data as { stepId: string }).stepId);
        if (!deadline) continue;
        Object.assign(deadline.flags, set);
        if (typed.type === 'action-cards.step-reopened.v1') notify = true;
      }
    }
    const touched = [...runs.values()].flatMap((steps) => [...steps.values()]).filter((deadline) => Object.keys(deadline.flags).length > 0);
    if (touched.length === 0) return;
    const row = ({ runId, stepId, dueAt, flags }: Deadline) => ({ run_id: runId, step_id: stepId, due_at: dueAt, ...flags });
    const inserted = touched.filter((deadline) => deadline.dueAt !== undefined).map(row);
    const updated = touched.filter((deadline) => deadline.dueAt === undefined).map(row);
    await manager.query(WRITE, [JSON.stringify(inserted), JSON.stringify(updated), notify]);
  }
}
