import { RecordedEvent } from '@vigil/event-store';
import { Projection } from '@vigil/projections';
import { EntityManager } from 'typeorm';
import { isRiskCaseEvent, RiskCaseEvent } from '../../domain/risk-case.events';
import { evolve, initial, latestAssessment, OpenedRiskCase, RiskCaseState } from '../../domain/risk-case.state';
import { caseIdOf, RISK_CASE_CATEGORY } from '../../risk-case-stream';

type Row = Record<string, unknown>;

/** Set only when a case's rows are inserted: a page that writes a case twice keeps its first applied event's. */
const INSERT_ONLY = ['opened_at', 'unit'];

// Both tables from one recordset: each reads the columns it names, and the columns not in its ON CONFLICT keep what the insert set.
const WRITE = `WITH cases AS (
    INSERT INTO risk_case_current (case_id, revision, status, person_role, opened_at, updated_at, state, unit)
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(case_id uuid, revision integer, status text, person_role text, opened_at timestamptz,
      updated_at timestamptz, state jsonb, unit text)
    ON CONFLICT (case_id) DO UPDATE SET revision = excluded.revision, status = excluded.status, person_role = excluded.person_role,
      updated_at = excluded.updated_at, state = excluded.state)
  INSERT INTO risk_reassessment_due (case_id, revision, status, person_role, latest_risk_level, due_at, due_reason, overdue_recorded, escalated, unit)
  SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(case_id uuid, revision integer, status text, person_role text, latest_risk_level text,
    due_at timestamptz, due_reason text, overdue_recorded boolean, escalated boolean, unit text)
  ON CONFLICT (case_id) DO UPDATE SET revision = excluded.revision, status = excluded.status, person_role = excluded.person_role,
    latest_risk_level = excluded.latest_risk_level, due_at = excluded.due_at, due_reason = excluded.due_reason,
    overdue_recorded = excluded.overdue_recorded, escalated = excluded.escalated`;

/** The case as it stands (folded with the domain's evolve) and its next reassessment, the deadline workflow's index. */
export class RiskCaseCurrentProjection implements Projection {
  readonly name = 'risk-assessments.cases';
  readonly tables = ['risk_case_current', 'risk_reassessment_due'];
  readonly category = RISK_CASE_CATEGORY;

  handle(event: RecordedEvent, manager: EntityManager): Promise<void> {
    return this.handleBatch([event], manager);
  }

  /** A page: the cases it touches read in one query, folded in memory, both tables written in one statement. */
  async handleBatch(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    const mine = events.filter((event) => isRiskCaseEvent(event.type));
    if (mine.length === 0) return;
    const ids = [...new Set(mine.map((event) => caseIdOf(event.streamId)))];
    const stored: { case_id: string; revision: number; state: RiskCaseState }[] = await manager.query(
      'SELECT case_id, revision, state FROM risk_case_current WHERE case_id = ANY($1::uuid[])',
      [ids],
    );
    const current = new Map(stored.map((row) => [row.case_id, { revision: row.revision, state: row.state }]));
    const changed = new Map<string, Row>();
    for (const event of mine) {
      const id = caseIdOf(event.streamId);
      const row = current.get(id);
      if (row && row.revision >= event.revision) continue; // already applied (idempotent on replays)
      const state = evolve(row?.state ?? initial, { type: event.type, data: event.data } as RiskCaseEvent);
      if (state.status === 'none') continue;
      current.set(id, { revision: event.revision, state });
      const next = columns(id, state, event);
      const first = changed.get(id);
      changed.set(id, first ? { ...next, ...Object.fromEntries(INSERT_ONLY.map((column) => [column, first[column]])) } : next);
    }
    if (changed.size === 0) return;
    await manager.query(WRITE, [JSON.stringify([...changed.values()])]);
  }
}

/** Both tables' columns for one case after one event. */
function columns(id: string, state: OpenedRiskCase, event: RecordedEvent): Row {
  const { dueAt, dueReason, overdueRecorded, escalated } = state.reassessment;
  return {
    case_id: id,
    revision: event.revision,
    status: state.status,
    person_role: state.personRole,
    opened_at: event.metadata.recordedAt,
    updated_at: event.metadata.recordedAt,
    state,
    unit: unitOf(event),
    latest_risk_level: latestAssessment(state)?.riskLevel ?? null,
    due_at: dueAt,
    due_reason: dueReason,
    overdue_recorded: overdueRecorded,
    escalated,
  };
}

/** The unit the opening named (set once: later events leave the column as the opening left it). */
function unitOf(event: RecordedEvent): string | null {
  return event.type === 'risk-assessments.case-opened.v1' ? ((event.data as { unit?: string }).unit ?? null) : null;
}
