import { RecordedEvent } from '@vigil/event-store';
import { Projection } from '@vigil/projections';
import { EntityManager } from 'typeorm';
import { isRiskCaseEvent, RiskCaseEvent } from '../../domain/risk-case.events';
import { evolve, initial, latestAssessment, RiskCaseState } from '../../domain/risk-case.state';
import { caseIdOf, RISK_CASE_CATEGORY } from '../../risk-case-stream';

/** The case as it stands (folded with the domain's evolve) and its next reassessment, the deadline workflow's index. */
export class RiskCaseCurrentProjection implements Projection {
  readonly name = 'risk-assessments.cases';
  readonly tables = ['risk_case_current', 'risk_reassessment_due'];
  readonly category = RISK_CASE_CATEGORY;

  async handle(event: RecordedEvent, manager: EntityManager): Promise<void> {
    if (!isRiskCaseEvent(event.type)) return;
    const id = caseIdOf(event.streamId);
    const [row] = await manager.query('SELECT revision, state, opened_at FROM risk_case_current WHERE case_id = $1', [id]);
    if (row && row.revision >= event.revision) return; // already applied (idempotent on replays)
    const state = evolve((row?.state as RiskCaseState) ?? initial, { type: event.type, data: event.data } as RiskCaseEvent);
    if (state.status === 'none') return;
    const at = event.metadata.recordedAt;
    await manager.query(
      `INSERT INTO risk_case_current (case_id, revision, status, person_role, opened_at, updated_at, state, unit) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (case_id) DO UPDATE SET revision = $2, status = $3, person_role = $4, updated_at = $6, state = $7`,
      [id, event.revision, state.status, state.personRole, row?.opened_at ?? at, at, JSON.stringify(state), unitOf(event)],
    );
    const { dueAt, dueReason, overdueRecorded, escalated } = state.reassessment;
    await manager.query(
      `INSERT INTO risk_reassessment_due (case_id, revision, status, person_role, latest_risk_level, due_at, due_reason, overdue_recorded, escalated, unit)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (case_id) DO UPDATE SET revision = $2, status = $3, person_role = $4, latest_risk_level = $5, due_at = $6, due_reason = $7,
         overdue_recorded = $8, escalated = $9`,
      [
        id,
        event.revision,
        state.status,
        state.personRole,
        latestAssessment(state)?.riskLevel ?? null,
        dueAt,
        dueReason,
        overdueRecorded,
        escalated,
        unitOf(event),
      ],
    );
  }
}

/** The unit the opening named (set once: later events leave the column as the opening left it). */
function unitOf(event: RecordedEvent): string | null {
  return event.type === 'risk-assessments.case-opened.v1' ? ((event.data as { unit?: string }).unit ?? null) : null;
}
