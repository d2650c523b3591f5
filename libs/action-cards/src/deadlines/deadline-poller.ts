import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta, CommandRunner } from '@vigil/command-handling';
import { deterministicUuid, StaleRevisionError } from '@vigil/event-sourcing';
import { Clock } from '@vigil/event-store';
import { DataSource, EntityManager } from 'typeorm';
import { RUN_STREAM, runStreamId, WORKFLOW_ACTOR } from '../action-card-streams';
import { RunState } from '../domain/run.state';
import { decide } from './deadlines.decide';
import { RecordDeadlinesCommand } from './record-deadlines.handler';

export interface DeadlinePollerOptions {
  /** How long an overdue step may stay open before it escalates to the responsible role's manager. */
  readonly graceMinutes: number;
  readonly batchSize?: number;
}

export interface DeadlineTick {
  readonly overdue: number;
  readonly escalated: number;
  readonly rows: number;
}

/**
 * Turns passed deadlines into events. Due rows are claimed with FOR UPDATE SKIP LOCKED so workers
 * share the work, and each event id is derived from (run, step, kind, deadline), so the store keeps
 * one copy even if two workers or a restart record the same fact.
 */
export class DeadlinePoller {
  constructor(
    private readonly commands: CommandBus,
    private readonly runner: CommandRunner,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly options: DeadlinePollerOptions,
  ) {}

  async pollOnce(): Promise<DeadlineTick> {
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const rows: { run_id: string; step_id: string }[] = await manager.query(
        `SELECT run_id, step_id FROM action_card_step_deadline
          WHERE open AND run_open AND NOT escalated AND due_at <= $1
            AND (NOT overdue OR due_at <= $1::timestamptz - make_interval(mins => $2))
          ORDER BY due_at LIMIT $3 FOR UPDATE SKIP LOCKED`,
        [now.toISOString(), this.options.graceMinutes, this.options.batchSize ?? 50],
      );
      let overdue = 0;
      let escalated = 0;
      for (const row of rows) {
        const types = await this.record(row.run_id, row.step_id, now, manager);
        overdue += types.filter((t) => t.endsWith('overdue.v1')).length;
        escalated += types.filter((t) => t.endsWith('escalated.v1')).length;
      }
      return { overdue, escalated, rows: rows.length };
    });
  }

  /**
   * The earliest clock time after `asOf` at which a step falls due or its grace runs out (null: none), for the
   * workflow to sleep until. Two index scans of the open-deadline index, one per kind.
   */
  async nextDue(asOf: Date): Promise<Date | null> {
    const [row]: { next: Date | null }[] = await this.dataSource.query(
      `SELECT least(
          (SELECT min(due_at) FROM action_card_step_deadline WHERE open AND run_open AND NOT escalated AND NOT overdue AND due_at > $1),
          (SELECT min(due_at) FROM action_card_step_deadline
            WHERE open AND run_open AND NOT escalated AND overdue AND due_at > $1::timestamptz - make_interval(mins => $2)) + make_interval(mins => $2)
        ) AS next`,
      [asOf.toISOString(), this.options.graceMinutes],
    );
    return row?.next ? new Date(row.next) : null;
  }

  /** Records what the clock says about one step; returns the types it stored anew. */
  private async record(runId: string, stepId: string, now: Date, manager: EntityManager): Promise<string[]> {
    const { graceMinutes } = this.options;
    for (let attempt = 0; ; attempt++) {
      const { state, revision } = await this.runner.load(runStreamId(runId), RUN_STREAM.model);
      const events = decide(state, stepId, now, graceMinutes);
      if (!events.length || revision === null) {
        await this.updateHint(manager, runId, stepId, state);
        return [];
      }
      const ids = events.map((e) => deterministicUuid('vigil-action-card-deadline', runId, stepId, e.type, e.data.dueAt));
      // Pinned to the revision decided on, so the events the command decides are the ones these ids name.
      const meta: CommandMeta = { actor: WORKFLOW_ACTOR, correlationId: runId, expectedRevision: revision, eventIds: (i) => ids[i] };
      try {
        const outcome = await this.commands.execute(new RecordDeadlinesCommand({ runId, stepId, asOf: now, graceMinutes }, meta));
        await this.updateHint(manager, runId, stepId, outcome.state);
        return outcome.alreadyRecorded ? [] : events.map((e) => e.type);
      } catch (error) {
        // A coordinator or another worker wrote first: read again and decide on what is there now.
        if (!(error instanceof StaleRevisionError) || attempt >= 4) throw error;
      }
    }
  }

  /** Mirrors the step's state into the row at once, so this worker does not claim it again before the projection catches up. */
  private async updateHint(manager: EntityManager, runId: string, stepId: string, state: RunState): Promise<void> {
    const run = state.status === 'none' ? null : state;
    const step = run?.steps.find((s) => s.stepId === stepId);
    await manager.query('UPDATE action_card_step_deadline SET open = $3, run_open = $4, overdue = $5, escalated = $6 WHERE run_id = $1 AND step_id = $2', [
      runId,
      stepId,
      step?.status === 'open',
      run?.status === 'open',
      step?.overdue ?? false,
      step?.escalatedTo != null,
    ]);
  }
}
