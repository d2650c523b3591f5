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
  readTables,
  recordedEvents,
} from '../../../../projections/src/batch-equivalence.test-kit';
import { createTestDatabase } from '../../../../../test/support/test-database';
import { runIdOf, runStreamId } from '../../action-card-streams';
import { ActionCardCrisisActivationRuns1763860000021 } from '../../crisis-activation-start/crisis-activation-runs.migration';
import { runStarted } from '../../domain/action-card.test-kit';
import { isExercise, isRunEvent, RunEvent } from '../../domain/run.events';
import { evolveRun, initialRun, RunState, StartedRun } from '../../domain/run.state';
import { ActionCardReadModels1763860000020 } from '../action-card-read-models.migration';
import { RUN_CHANGED_CHANNEL, RunChange, RunsProjection } from './runs.projection';

/** The per-event projection as it was before the batch path, kept as the reference the batch must match. */
class ReferenceRunsProjection {
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

const [RUN_A, RUN_B, RUN_C, RUN_D] = [
  'a1000000-0000-4000-8000-000000000001',
  'b2000000-0000-4000-8000-000000000002',
  'c3000000-0000-4000-8000-000000000003',
  'd4000000-0000-4000-8000-000000000004',
];
const ACTOR = 'ST-7K3Q9P';
const MARK_CHANNEL = 'runs_batch_spec_mark';
const TABLES = { action_card_run: 'run_id', action_card_run_step: 'run_id, step_id', action_card_run_timeline: 'run_id, revision' };

const at = (minute: number) => new Date(Date.UTC(2026, 2, 20, 11, minute)).toISOString();
const assigned = (runId: string, stepId: string, assignee: Extract<RunEvent, { type: 'action-cards.step-assigned.v1' }>['data']['assignee']): RunEvent => ({
  type: 'action-cards.step-assigned.v1',
  data: { runId, stepId, assignee },
});
const done = (runId: string, stepId: string, note: string | null, minute: number): RunEvent => ({
  type: 'action-cards.step-completed.v1',
  data: { runId, stepId, completedBy: ACTOR, completedAt: at(minute), note },
});
const skipped = (runId: string, stepId: string, justification: string | null, minute: number): RunEvent => ({
  type: 'action-cards.step-skipped.v1',
  data: { runId, stepId, skippedBy: ACTOR, skippedAt: at(minute), justification },
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

/** Four runs: manual (completed, reopened, completed again), incident, crisis exercise, and one whose stream opens with a step event. */
const STREAMS: [string, RunEvent[]][] = [
  [
    RUN_A,
    [
      runStarted({ runId: RUN_A }),
      assigned(RUN_A, 'safety', { kind: 'role', role: 'duty-officer' }),
      overdue(RUN_A, 'safety'),
      escalated(RUN_A, 'safety'),
      done(RUN_A, 'safety', null, 40),
      assigned(RUN_A, 'call-manager', { kind: 'person', ref: 'ST-2M8X4R' }),
      done(RUN_A, 'call-manager', 'Leder orienteret', 45),
      skipped(RUN_A, 'talk', null, 46),
      runCompleted(RUN_A, 46),
      reopened(RUN_A, 'call-manager'),
      runReopened(RUN_A, 'call-manager'),
      done(RUN_A, 'call-manager', 'Leder ringet op igen', 55),
      runCompleted(RUN_A, 55),
    ],
  ],
  [
    RUN_B,
    [
      runStarted({
        runId: RUN_B,
        trigger: {
          type: 'incident',
          incidentId: 'e5000000-0000-4000-8000-000000000005',
          incidentEventId: 'e6000000-0000-4000-8000-000000000006',
          policyVersion: 2,
        },
      }),
      done(RUN_B, 'safety', null, 12),
      skipped(RUN_B, 'call-manager', 'Lederen var selv til stede', 13),
      runCompleted(RUN_B, 13),
    ],
  ],
  [
    RUN_C,
    [
      runStarted({
        runId: RUN_C,
        area: 'national',
        institution: null,
        trigger: {
          type: 'crisis-activation',
          activationId: 'f7000000-0000-4000-8000-000000000007',
          activationEventId: 'f8000000-0000-4000-8000-000000000008',
          planId: 'pandemi',
          planVersion: 3,
          exercise: true,
        },
      }),
      assigned(RUN_C, 'talk', { kind: 'role', role: 'nearest-manager' }),
      overdue(RUN_C, 'safety'),
      escalated(RUN_C, 'safety'),
      done(RUN_C, 'safety', null, 50),
      reopened(RUN_C, 'safety'),
    ],
  ],
  [
    RUN_D,
    [assigned(RUN_D, 'safety', { kind: 'role', role: 'duty-officer' }), runStarted({ runId: RUN_D, startedAt: at(20) }), done(RUN_D, 'safety', null, 25)],
  ],
];

/** The streams interleaved round-robin, as the global log mixes them, with an event of another kind among them. */
const LOG = interleave(
  recordedEvents(ACTOR, at),
  STREAMS.map(([runId, events]) => [runStreamId(runId), events] as const),
  { after: 6, streamId: runStreamId(RUN_B), revision: 99, event: { type: 'action-cards.something-else.v1', data: {} } },
);
/** A runner that crashed after committing part of the log reads it again: the replayed events must change nothing. */
const SEQUENCE = [...LOG.slice(0, 18), ...LOG.slice(4, 15), ...LOG.slice(18), ...LOG.slice(20, 24)];

describe('runs projection: a page through handleBatch is the per-event projection', () => {
  let database: { url: string; drop(): Promise<void> };
  let dataSource: DataSource;
  let channel: ChannelListener;

  beforeAll(async () => {
    database = await createTestDatabase('vigil_runs_batch');
    dataSource = await new DataSource({
      type: 'postgres',
      url: database.url,
      migrations: [ActionCardReadModels1763860000020, ActionCardCrisisActivationRuns1763860000021],
    }).initialize();
    await dataSource.runMigrations();
    channel = await listenWithMarks(database.url, dataSource, RUN_CHANGED_CHANNEL, MARK_CHANNEL);
  });

  afterAll(async () => {
    await channel.end();
    await dataSource.destroy();
    await database.drop();
  });

  /** The notifications committed so far: a mark sent now arrives after all of them. */
  async function settle(): Promise<string[]> {
    return (await channel.settle()).map((m) => m.payload!);
  }

  /** Each page in a transaction of its own, from empty tables: every row of the read model and the notifications of each page. */
  async function project(pages: readonly RecordedEvent[][], apply: ApplyPage) {
    await dataSource.query(`TRUNCATE ${Object.keys(TABLES).join(', ')}`);
    await settle();
    const notices: string[][] = [];
    for (const page of pages) {
      await dataSource.transaction((manager) => apply(manager, page));
      notices.push(await settle());
    }
    return { rows: await readTables(dataSource, TABLES), notices };
  }

  const projection = new RunsProjection();
  const byReference = eventByEvent(new ReferenceRunsProjection());
  const byBatch = asBatch(projection);

  it('covers every run event type, several interleaved streams and a replay', () => {
    const types = new Set(SEQUENCE.map((event) => event.type).filter(isRunEvent));
    expect(types.size).toBe(9);
    expect(new Set(SEQUENCE.map((event) => event.id)).size).toBeLessThan(SEQUENCE.length);
  });

  it('handle, one event at a time, writes the same rows and notifications as the reference', async () => {
    const pages = pagesOf(SEQUENCE, [1]);
    const expected = await project(pages, byReference);
    expect(expected.rows.action_card_run).toHaveLength(4);
    expect(expected.notices.flat().length).toBeGreaterThan(20);
    expect(await project(pages, (manager, [event]) => projection.handle(event, manager))).toEqual(expected);
  });

  it.each(pageSizePlans(SEQUENCE))('pages of %j: the same rows and, page by page, the same notifications in order', async (sizes) => {
    const pages = pagesOf(SEQUENCE, sizes);
    const expected = await project(pages, byReference);
    const actual = await project(pages, byBatch);
    expect(actual.rows).toEqual(expected.rows);
    expect(actual.notices).toEqual(expected.notices);
  });

  it('a replayed page changes nothing and notifies nobody', async () => {
    const first = await project([LOG], byBatch);
    await dataSource.transaction((manager) => byBatch(manager, LOG.slice(3, 20)));
    expect(await settle()).toEqual([]);
    expect(await readTables(dataSource, TABLES)).toEqual(first.rows);
  });
});
