import { RecordedEvent } from '@vigil/event-store';
import { DataSource, EntityManager } from 'typeorm';
import { ApplyPage, applyPages, asBatch, eventByEvent, pageSizePlans, pagesOf, readTables } from '../../../../projections/src/batch-equivalence.test-kit';
import { LOG, SEQUENCE } from '../risk-case-log.test-kit';
import { createTestDatabase } from '../../../../../test/support/test-database';
import { isRiskCaseEvent, RiskCaseEvent } from '../../domain/risk-case.events';
import { evolve, initial, latestAssessment, RiskCaseState } from '../../domain/risk-case.state';
import { caseIdOf } from '../../risk-case-stream';
import { RiskAssessmentReadModels1763860000050 } from '../risk-assessment-read-models.migration';
import { RiskCaseUnit1763860000051 } from '../risk-case-unit.migration';
import { RiskCaseCurrentProjection } from './risk-case-current.projection';

/**
 * As it was before the batch path, kept as the reference the batch must match.
 * The case as it stands (folded with the domain's evolve) and its next reassessment, the deadline workflow's index.
 */
class ReferenceRiskCaseCurrentProjection {
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

const TABLES = { risk_case_current: 'case_id', risk_reassessment_due: 'case_id' };

describe('risk case current projection: a page through handleBatch is the per-event projection', () => {
  let database: { url: string; drop(): Promise<void> };
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('vigil_risk_current_batch');
    dataSource = await new DataSource({
      type: 'postgres',
      url: database.url,
      migrations: [RiskAssessmentReadModels1763860000050, RiskCaseUnit1763860000051],
    }).initialize();
    await dataSource.runMigrations();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  /** Each page in a transaction of its own, from empty tables: every row of the read model. */
  async function project(pages: readonly RecordedEvent[][], apply: ApplyPage) {
    await dataSource.query(`TRUNCATE ${Object.keys(TABLES).join(', ')}`);
    await applyPages(dataSource, pages, apply);
    return readTables(dataSource, TABLES);
  }

  const projection = new RiskCaseCurrentProjection();
  const byReference = eventByEvent(new ReferenceRiskCaseCurrentProjection());
  const byBatch = asBatch(projection);

  it('covers every risk-case event type, several interleaved streams and a replay', () => {
    expect(new Set(SEQUENCE.map((event) => event.type).filter(isRiskCaseEvent)).size).toBe(8);
    expect(new Set(SEQUENCE.map((event) => event.id)).size).toBeLessThan(SEQUENCE.length);
  });

  it('handle, one event at a time, writes the same rows as the reference', async () => {
    const pages = pagesOf(SEQUENCE, [1]);
    const expected = await project(pages, byReference);
    expect(expected.risk_case_current).toHaveLength(3);
    expect(expected.risk_case_current.map((row) => (row as { unit: string | null }).unit)).toEqual(['institution:nyborg', null, 'area:syddanmark']);
    expect(await project(pages, (manager, [event]) => projection.handle(event, manager))).toEqual(expected);
  });

  it.each(pageSizePlans(SEQUENCE))('pages of %j: the same rows', async (sizes) => {
    const pages = pagesOf(SEQUENCE, sizes);
    expect(await project(pages, byBatch)).toEqual(await project(pages, byReference));
  });

  it('a replayed page changes nothing', async () => {
    const first = await project([LOG], byBatch);
    await dataSource.transaction((manager) => byBatch(manager, LOG.slice(3, 15)));
    expect(await readTables(dataSource, TABLES)).toEqual(first);
  });
});
