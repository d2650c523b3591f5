import { RecordedEvent } from '@vigil/event-store';
import { DataSource, EntityManager } from 'typeorm';
import { ApplyPage, applyPages, asBatch, eventByEvent, pageSizePlans, pagesOf, readTables } from '../../../../projections/src/batch-equivalence.test-kit';
import { LOG, SEQUENCE } from '../risk-case-log.test-kit';
import { createTestDatabase } from '../../../../../test/support/test-database';
import { isRiskCaseEvent, RiskAssessmentRecorded } from '../../domain/risk-case.events';
import { caseIdOf } from '../../risk-case-stream';
import { RiskAssessmentReadModels1763860000050 } from '../risk-assessment-read-models.migration';
import { RiskCaseUnit1763860000051 } from '../risk-case-unit.migration';
import { RiskAssessmentHistoryProjection } from './risk-assessment-history.projection';

/** As it was before the batch path, kept as the reference the batch must match. One row per assessment, never replaced: the person's risk over time. */
class ReferenceRiskAssessmentHistoryProjection {
  async handle(event: RecordedEvent, manager: EntityManager): Promise<void> {
    if (event.type !== 'risk-assessments.assessment-recorded.v1') return;
    const a = event.data as RiskAssessmentRecorded['data'];
    await manager.query(
      `INSERT INTO risk_assessment_history (case_id, assessment_id, revision, kind, instrument_code, instrument_version, instrument_name, scale,
         risk_level, level_rank, factors, assessed_by, assessed_at, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) ON CONFLICT (case_id, assessment_id) DO NOTHING`,
      [
        caseIdOf(event.streamId),
        a.assessmentId,
        event.revision,
        a.kind,
        a.instrument.code,
        a.instrument.version,
        a.instrument.name ?? null,
        JSON.stringify(a.scale),
        a.riskLevel,
        a.scale.indexOf(a.riskLevel) + 1,
        JSON.stringify(a.factors),
        a.assessedBy,
        a.assessedAt,
        event.metadata.recordedAt,
      ],
    );
  }
}

const TABLES = { risk_assessment_history: 'case_id, assessment_id' };

describe('risk assessment history projection: a page through handleBatch is the per-event projection', () => {
  let database: { url: string; drop(): Promise<void> };
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('vigil_risk_history_batch');
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

  const projection = new RiskAssessmentHistoryProjection();
  const byReference = eventByEvent(new ReferenceRiskAssessmentHistoryProjection());
  const byBatch = asBatch(projection);

  it('covers every risk-case event type, several interleaved streams and a replay', () => {
    expect(new Set(SEQUENCE.map((event) => event.type).filter(isRiskCaseEvent)).size).toBe(8);
    expect(new Set(SEQUENCE.map((event) => event.id)).size).toBeLessThan(SEQUENCE.length);
  });

  it('handle, one event at a time, writes the same rows as the reference', async () => {
    const pages = pagesOf(SEQUENCE, [1]);
    const expected = await project(pages, byReference);
    expect(expected.risk_assessment_history).toHaveLength(5);
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
