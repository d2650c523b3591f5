import { RecordedEvent } from '@vigil/event-store';
import { DataSource, EntityManager } from 'typeorm';
import {
  ApplyPage,
  asBatch,
  ChannelListener,
  eventByEvent,
  interleave,
  listenWithMarks,
  pageSizePlans,
  pagesOf,
  recordedEvents,
} from '../../../projections/src/batch-equivalence.test-kit';
import { createTestDatabase } from '../../../../test/support/test-database';
import { runIdOf, runStreamId } from '../action-card-streams';
import { ActionCardCrisisActivationRuns1763860000021 } from '../crisis-activation-start/crisis-activation-runs.migration';
import { runStarted } from '../domain/action-card.test-kit';
import { isRunEvent, RunEvent } from '../domain/run.events';
import { evolveRun, initialRun, StartedRun } from '../domain/run.state';
import { ActionCardReadModels1763860000020 } from '../read-models/action-card-read-models.migration';
import { ACTION_CARD_DEADLINES_CHANNEL, DeadlinesProjection } from './deadlines.projection';

const NOTIFY = `SELECT pg_notify('${ACTION_CARD_DEADLINES_CHANNEL}', '') FROM changed`;

const SET_BY_STEP_EVENT: Partial<Record<RunEvent['type'], string>> = {
  'action-cards.step-completed.v1': 'open = false',
  'action-cards.step-skipped.v1': 'open = false',
  'action-cards.step-reopened.v1': 'open = true',
  'action-cards.step-became-overdue.v1': 'overdue = true',
  'action-cards.step-escalated.v1': 'escalated = true',
};

/**
 * As it was before the batch path, kept as the reference the batch must match.
 * The table of step deadlines the workflow polls: one row per step, due while the step and its run
 * are open and it has not yet escalated. Every write sets a value, so replays change nothing.
 */
class ReferenceDeadlinesProjection {
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

const [RUN_A, RUN_B, RUN_C, RUN_D] = [
  'a1000000-0000-4000-8000-000000000001',
  'b2000000-0000-4000-8000-000000000002',
  'c3000000-0000-4000-8000-000000000003',
  'd4000000-0000-4000-8000-000000000004',
];
const ACTOR = 'ST-7K3Q9P';
const MARK_CHANNEL = 'deadlines_batch_spec_mark';

const at = (minute: number) => new Date(Date.UTC(2026, 2, 20, 11, minute)).toISOString();
const assigned = (runId: string, stepId: string): RunEvent => ({
  type: 'action-cards.step-assigned.v1',
  data: { runId, stepId, assignee: { kind: 'role', role: 'duty-officer' } },
});
const done = (runId: string, stepId: string, minute: number): RunEvent => ({
  type: 'action-cards.step-completed.v1',
  data: { runId, stepId, completedBy: ACTOR, completedAt: at(minute), note: null },
});
const skipped = (runId: string, stepId: string, minute: number): RunEvent => ({
  type: 'action-cards.step-skipped.v1',
  data: { runId, stepId, skippedBy: ACTOR, skippedAt: at(minute), justification: 'Ikke relevant' },
});
const reopened = (runId: string, stepId: string): RunEvent => ({
  type: 'action-cards.step-reopened.v1',
  data: { runId, stepId, reopenedBy: ACTOR, reason: 'Lederen blev ikke nået' },
});
const overdue = (runId: string, stepId: string): RunEvent => ({
  type: 'action-cards.step-became-overdue.v1',
  data: { runId, stepId, dueAt: at(30), responsibleRole: 'duty-officer' },
});
const escalated = (runId: string, stepId: string): RunEvent => ({
  type: 'action-cards.step-escalated.v1',
  data: { runId, stepId, dueAt: at(30), escalateAt: at(90), responsibleRole: 'duty-officer', escalatedTo: 'institution-manager' },
});
const runCompleted = (runId: string, minute: number): RunEvent => ({ type: 'action-cards.run-completed.v1', data: { runId, completedAt: at(minute) } });
const runReopened = (runId: string, stepId: string): RunEvent => ({ type: 'action-cards.run-reopened.v1', data: { runId, stepId } });

/** Four runs: one completed, reopened and completed again, two more, and one whose stream has step and run events before its start. */
const STREAMS: [string, RunEvent[]][] = [
  [
    RUN_A,
    [
      runStarted({ runId: RUN_A }),
      assigned(RUN_A, 'safety'),
      overdue(RUN_A, 'safety'),
      escalated(RUN_A, 'safety'),
      done(RUN_A, 'safety', 40),
      done(RUN_A, 'call-manager', 45),
      skipped(RUN_A, 'talk', 46),
      runCompleted(RUN_A, 46),
      reopened(RUN_A, 'call-manager'),
      runReopened(RUN_A, 'call-manager'),
      done(RUN_A, 'call-manager', 55),
      runCompleted(RUN_A, 55),
    ],
  ],
  [RUN_B, [runStarted({ runId: RUN_B, startedAt: at(5) }), done(RUN_B, 'safety', 12), skipped(RUN_B, 'call-manager', 13), runCompleted(RUN_B, 13)]],
  [
    RUN_C,
    [
      runStarted({ runId: RUN_C, area: 'national', institution: null }),
      overdue(RUN_C, 'safety'),
      done(RUN_C, 'safety', 50),
      reopened(RUN_C, 'safety'),
      escalated(RUN_C, 'safety'),
    ],
  ],
  [
    RUN_D,
    [done(RUN_D, 'safety', 18), runCompleted(RUN_D, 18), reopened(RUN_D, 'safety'), runStarted({ runId: RUN_D, startedAt: at(20) }), overdue(RUN_D, 'safety')],
  ],
];

/** The streams interleaved round-robin, as the global log mixes them, with an event of another kind among them. */
const LOG = interleave(
  recordedEvents(ACTOR, at),
  STREAMS.map(([runId, events]) => [runStreamId(runId), events] as const),
  { after: 6, streamId: runStreamId(RUN_B), revision: 99, event: { type: 'action-cards.something-else.v1', data: {} } },
);
/** A runner that crashed after committing part of the log reads it again: replayed starts insert nothing, replayed flags are set again. */
const SEQUENCE = [...LOG.slice(0, 17), ...LOG.slice(0, 12), ...LOG.slice(17), ...LOG.slice(19, 24)];

describe('deadlines projection: a page through handleBatch is the per-event projection', () => {
  let database: { url: string; drop(): Promise<void> };
  let dataSource: DataSource;
  let channel: ChannelListener;

  beforeAll(async () => {
    database = await createTestDatabase('vigil_deadlines_batch');
    dataSource = await new DataSource({
      type: 'postgres',
      url: database.url,
      migrations: [ActionCardReadModels1763860000020, ActionCardCrisisActivationRuns1763860000021],
    }).initialize();
    await dataSource.runMigrations();
    channel = await listenWithMarks(database.url, dataSource, ACTION_CARD_DEADLINES_CHANNEL, MARK_CHANNEL);
  });

  afterAll(async () => {
    await channel.end();
    await dataSource.destroy();
    await database.drop();
  });

  /** How many deadline NOTIFYs were committed so far: a mark sent now arrives after all of them. */
  async function settle(): Promise<number> {
    return (await channel.settle()).length;
  }

  /**
   * Each page in a transaction of its own, from an empty table, with what the deadline poller may write between pages
   * (its hint into one flag): every row and the NOTIFYs of each page.
   */
  async function project(pages: readonly RecordedEvent[][], apply: ApplyPage, poller?: () => Promise<unknown>) {
    await dataSource.query('TRUNCATE action_card_step_deadline');
    await settle();
    const notices: number[] = [];
    for (const page of pages) {
      await dataSource.transaction((manager) => apply(manager, page));
      notices.push(await settle());
      await poller?.();
    }
    return { rows: await dataSource.query('SELECT * FROM action_card_step_deadline ORDER BY run_id, step_id'), notices };
  }

  const projection = new DeadlinesProjection();
  const byReference = eventByEvent(new ReferenceDeadlinesProjection());
  const byBatch = asBatch(projection);

  it('covers every run event type, several interleaved streams and a replay', () => {
    expect(new Set(SEQUENCE.map((event) => event.type).filter(isRunEvent)).size).toBe(9);
    expect(new Set(SEQUENCE.map((event) => event.id)).size).toBeLessThan(SEQUENCE.length);
  });

  it('handle, one event at a time, writes the same rows and NOTIFYs as the reference', async () => {
    const pages = pagesOf(SEQUENCE, [1]);
    const expected = await project(pages, byReference);
    expect(expected.rows).toHaveLength(12);
    expect(expected.notices.filter((n) => n > 0).length).toBeGreaterThan(5);
    expect(await project(pages, (manager, [event]) => projection.handle(event, manager))).toEqual(expected);
  });

  it.each(pageSizePlans(SEQUENCE))('pages of %j: the same rows and a NOTIFY for every page the reference notifies for', async (sizes) => {
    const pages = pagesOf(SEQUENCE, sizes);
    const expected = await project(pages, byReference);
    const actual = await project(pages, byBatch);
    expect(actual.rows).toEqual(expected.rows);
    expect(actual.notices).toEqual(expected.notices);
  });

  it.each([[[1]], [[4]], [[2, 5, 1, 9]]])(
    'pages of %j with the poller writing its hints between them: the flags the page did not set stay as the poller left them',
    async (sizes) => {
      const pages = pagesOf(SEQUENCE, sizes);
      const poller = () => dataSource.query(`UPDATE action_card_step_deadline SET overdue = NOT overdue, escalated = open WHERE step_id <> 'talk'`);
      const expected = await project(pages, byReference, poller);
      expect(await project(pages, byBatch, poller)).toEqual(expected);
    },
  );

  it('a replayed page of starts adds no row and sends no NOTIFY', async () => {
    const first = await project([LOG], byBatch);
    expect(first.notices).toEqual([1]);
    const starts = LOG.filter((event) => event.type === 'action-cards.run-started.v1');
    await dataSource.transaction((manager) => byBatch(manager, starts));
    expect(await settle()).toBe(0);
    expect(await dataSource.query('SELECT * FROM action_card_step_deadline ORDER BY run_id, step_id')).toEqual(first.rows);
  });
});
