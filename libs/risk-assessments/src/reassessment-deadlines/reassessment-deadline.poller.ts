import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta, CommandRunner } from '@vigil/command-handling';
import { deterministicUuid, StaleRevisionError } from '@vigil/event-sourcing';
import { Clock } from '@vigil/event-store';
import { DataSource, EntityManager } from 'typeorm';
import { RISK_CASE_STREAM, riskCaseStreamId } from '../risk-case-stream';
import { decideDeadlines } from './reassessment-deadline.decide';
import { RecordReassessmentDeadlineCommand } from './reassessment-deadline.handler';

/** The workflow records as this system actor, a pseudonymous reference like any other. */
export const DEADLINE_ACTOR = 'SYS-DEADLINES';

export interface DeadlinePollerOptions {
  /** Hours after the due time before an unmet reassessment is escalated. */
  readonly graceHours?: number;
  readonly batchSize?: number;
}

export interface PollResult {
  overdue: number;
  escalated: number;
}

/**
 * The durable deadline workflow. The due-date read model is only the index: each due row is locked
 * (SKIP LOCKED, so workers share the work), its stream is folded and the pure decider says what to
 * record, each event by a command on the bus. Event ids derive from case, event type and due time,
 * so a worker that races another, or retries after a crash, stores nothing twice.
 */
export class ReassessmentDeadlinePoller {
  readonly graceHours: number;
  private readonly batchSize: number;

  constructor(
    private readonly commands: CommandBus,
    private readonly runner: CommandRunner,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    options: DeadlinePollerOptions = {},
  ) {
    this.graceHours = options.graceHours ?? 48;
    this.batchSize = options.batchSize ?? 50;
  }

  async pollOnce(): Promise<PollResult> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const rows: { case_id: string }[] = await manager.query(
        `SELECT case_id FROM risk_reassessment_due
          WHERE status = 'open' AND due_at <= $1
            AND (NOT overdue_recorded OR (NOT escalated AND due_at + make_interval(hours => $2::int) <= $1))
          ORDER BY due_at LIMIT $3 FOR UPDATE SKIP LOCKED`,
        [now.toISOString(), this.graceHours, this.batchSize],
      );
      const result: PollResult = { overdue: 0, escalated: 0 };
      for (const row of rows) await this.settle(row.case_id, now, manager, result);
      return result;
    });
  }

  /** The earliest clock time after `asOf` at which a reassessment falls due or its grace runs out (null: none). */
  async nextDue(asOf: Date): Promise<Date | null> {
    const [row]: { next: Date | null }[] = await this.dataSource.query(
      `SELECT least(
          (SELECT min(due_at) FROM risk_reassessment_due WHERE status = 'open' AND due_at IS NOT NULL AND NOT overdue_recorded AND due_at > $1),
          (SELECT min(due_at) FROM risk_reassessment_due
            WHERE status = 'open' AND due_at IS NOT NULL AND overdue_recorded AND NOT escalated
              AND due_at > $1::timestamptz - make_interval(hours => $2::int)) + make_interval(hours => $2::int)
        ) AS next`,
      [asOf.toISOString(), this.graceHours],
    );
    return row?.next ? new Date(row.next) : null;
  }

  private async settle(caseId: string, now: Date, manager: EntityManager, result: PollResult): Promise<void> {
    let { state, revision } = await this.runner.load(riskCaseStreamId(caseId), RISK_CASE_STREAM.model);
    if (revision === null) return;
    for (const event of decideDeadlines(state, now, this.graceHours)) {
      const id = deterministicUuid('vigil-reassessment-deadline', caseId, event.type, event.data.dueAt);
      const command = { caseId, deadline: event.type, asOf: now, graceHours: this.graceHours };
      // Pinned to the revision decided on, so the event the command decides is the one this id names.
      const meta: CommandMeta = { actor: DEADLINE_ACTOR, correlationId: id, expectedRevision: revision, eventIds: () => id };
      try {
        const outcome = await this.commands.execute(new RecordReassessmentDeadlineCommand(command, meta));
        if (!outcome.alreadyRecorded) result[event.type === 'risk-assessments.reassessment-became-overdue.v1' ? 'overdue' : 'escalated']++;
        ({ state, revision } = outcome);
      } catch (error) {
        if (error instanceof StaleRevisionError) return; // a command moved the case on: the next poll decides afresh
        throw error;
      }
    }
    if (state.status !== 'open' || !state.reassessment.dueAt) return;
    // Mark the index at once so the next poll skips it before the projection catches up.
    await manager.query('UPDATE risk_reassessment_due SET overdue_recorded = $2, escalated = $3 WHERE case_id = $1 AND due_at = $4', [
      caseId,
      state.reassessment.overdueRecorded,
      state.reassessment.escalated,
      state.reassessment.dueAt,
    ]);
  }
}
