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

type Row = Record<string, unknown>;

/** The columns written per run, per step and per timeline entry, typed as jsonb_to_recordset reads them. */
const RUN_COLUMNS = `run_id uuid, revision integer, status text, template_id text, template_version integer, title text, situation text, area text,
  institution text, trigger_type text, incident_id uuid, started_at timestamptz, completed_at timestamptz, updated_at timestamptz, state jsonb,
  exercise boolean, activation_id uuid`;
const STEP_COLUMNS = `run_id uuid, step_id text, position integer, title text, mandatory boolean, responsible_role text, assignee jsonb, status text,
  due_at timestamptz, overdue boolean, escalated_to text, closed_at timestamptz, template_id text, area text, institution text,
  run_started_at timestamptz, exercise boolean`;
const TIMELINE_COLUMNS = 'run_id uuid, revision integer, event_id uuid, event_type text, step_id text, actor text, recorded_at timestamptz, detail jsonb';
/** What a later event changes; every other column keeps what the row was first inserted with. */
const RUN_UPDATED = ['revision', 'status', 'completed_at', 'updated_at', 'state'];
const STEP_UPDATED = ['assignee', 'status', 'overdue', 'escalated_to', 'closed_at'];

const namesOf = (columns: string) => columns.split(',').map((column) => column.trim().split(/\s+/)[0]);
const updates = (updated: readonly string[]) => updated.map((column) => `${column} = excluded.${column}`).join(', ');

const WRITE = `WITH runs AS (
    INSERT INTO action_card_run (${namesOf(RUN_COLUMNS).join(', ')}) SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(${RUN_COLUMNS})
    ON CONFLICT (run_id) DO UPDATE SET ${updates(RUN_UPDATED)}),
  steps AS (
    INSERT INTO action_card_run_step (${namesOf(STEP_COLUMNS).join(', ')}) SELECT * FROM jsonb_to_recordset($2::jsonb) AS s(${STEP_COLUMNS})
    ON CONFLICT (run_id, step_id) DO UPDATE SET ${updates(STEP_UPDATED)}),
  timeline AS (
    INSERT INTO action_card_run_timeline (${namesOf(TIMELINE_COLUMNS).join(', ')}) SELECT * FROM jsonb_to_recordset($3::jsonb) AS t(${TIMELINE_COLUMNS})
    ON CONFLICT DO NOTHING)
  SELECT pg_notify($4, change) FROM unnest($5::text[]) WITH ORDINALITY AS c(change, n) ORDER BY n`;

/** Runs as they stand (board, figures), each step as a row, and the run's timeline of who did what. */
export class RunsProjection implements Projection {
  readonly name = 'action-cards.runs';
  readonly tables = ['action_card_run', 'action_card_run_step', 'action_card_run_timeline'];
  readonly category = RUN_CATEGORY;

  handle(event: RecordedEvent, manager: EntityManager): Promise<void> {
    return this.handleBatch([event], manager);
  }

  /**
   * A page: the runs it touches read in one query, folded in memory, then one statement writes the runs, their steps and
   * timeline entries and sends one change notification per applied event, in order.
   */
  async handleBatch(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    const mine = events.filter((event) => isRunEvent(event.type));
    if (mine.length === 0) return;
    const ids = [...new Set(mine.map((event) => runIdOf(event.streamId)))];
    const stored: { run_id: string; revision: number; state: RunState }[] = await manager.query(
      'SELECT run_id, revision, state FROM action_card_run WHERE run_id = ANY($1::uuid[])',
      [ids],
    );
    const current = new Map(stored.map((row) => [row.run_id, { revision: row.revision, state: row.state }]));
    const runs = new Map<string, Row>();
    const steps = new Map<string, Row>();
    const timeline: Row[] = [];
    const changes: string[] = [];
    for (const event of mine) {
      const runId = runIdOf(event.streamId);
      const row = current.get(runId);
      if (row && row.revision >= event.revision) continue; // already applied
      const state = evolveRun(row?.state ?? initialRun, { type: event.type, data: event.data } as RunEvent);
      if (state.status === 'none') continue;
      // Keyed by the run the state names, where its row is written.
      current.set(state.runId, { revision: event.revision, state });
      merge(runs, state.runId, runColumns(state, event), RUN_UPDATED);
      for (const [position, step] of state.steps.entries()) merge(steps, `${state.runId} ${step.stepId}`, stepColumns(state, position), STEP_UPDATED);
      const { runId: _r, card: _c, ...detail } = event.data as Record<string, unknown>;
      const stepId = (event.data as { stepId?: string }).stepId ?? null;
      const { actor, recordedAt } = event.metadata;
      timeline.push({
        run_id: runId,
        revision: event.revision,
        event_id: event.id,
        event_type: event.type,
        step_id: stepId,
        actor,
        recorded_at: recordedAt,
        detail,
      });
      changes.push(JSON.stringify(changeOf(state, event, stepId)));
    }
    if (changes.length === 0) return;
    await manager.query(WRITE, [
      JSON.stringify([...runs.values()]),
      JSON.stringify([...steps.values()]),
      JSON.stringify(timeline),
      RUN_CHANGED_CHANNEL,
      changes,
    ]);
  }
}

/** A row written more than once in a page keeps its first values where only an insert sets them (as the upsert would). */
function merge(rows: Map<string, Row>, key: string, next: Row, updated: readonly string[]): void {
  const first = rows.get(key);
  rows.set(key, first ? { ...first, ...Object.fromEntries(updated.map((column) => [column, next[column]])) } : next);
}

function runColumns(state: StartedRun, event: RecordedEvent): Row {
  return {
    run_id: state.runId,
    revision: event.revision,
    status: state.status,
    template_id: state.templateId,
    template_version: state.templateVersion,
    title: state.card.title,
    situation: state.card.situation,
    area: state.area,
    institution: state.institution,
    trigger_type: state.trigger.type,
    incident_id: state.trigger.type === 'incident' ? state.trigger.incidentId : null,
    started_at: state.startedAt,
    completed_at: state.status === 'completed' ? state.completedAt : null,
    updated_at: event.metadata.recordedAt,
    state,
    exercise: isExercise(state.trigger),
    activation_id: state.trigger.type === 'crisis-activation' ? state.trigger.activationId : null,
  };
}

function stepColumns(state: StartedRun, position: number): Row {
  const step = state.steps[position];
  return {
    run_id: state.runId,
    step_id: step.stepId,
    position,
    title: state.card.steps[position].title,
    mandatory: step.mandatory,
    responsible_role: step.responsibleRole,
    assignee: step.assignee,
    status: step.status,
    due_at: step.dueAt,
    overdue: step.overdue,
    escalated_to: step.escalatedTo,
    closed_at: step.completedAt,
    template_id: state.templateId,
    area: state.area,
    institution: state.institution,
    run_started_at: state.startedAt,
    exercise: isExercise(state.trigger),
  };
}

function changeOf(state: StartedRun, event: RecordedEvent, stepId: string | null): RunChange {
  return {
    runId: runIdOf(event.streamId),
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
}
