import { RecordedEvent } from '@vigil/event-store';
import { DataSource, EntityManager } from 'typeorm';
import {
  ApplyPage,
  applyPages,
  asBatch,
  eventByEvent,
  interleave,
  pageSizePlans,
  pagesOf,
  readTables,
  recordedEvents,
} from '../../../../projections/src/batch-equivalence.test-kit';
import { createTestDatabase } from '../../../../../test/support/test-database';
import { isRiskCaseEvent, RiskAssessmentRecorded, RiskCaseEvent } from '../../domain/risk-case.events';
import { ACTOR, assessed, opened, planned } from '../../domain/risk-case.test-kit';
import { caseIdOf, riskCaseStreamId } from '../../risk-case-stream';
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

const [CASE_A, CASE_B, CASE_C] = ['a1000000-0000-4000-8000-00000000000a', 'b2000000-0000-4000-8000-00000000000b', 'c3000000-0000-4000-8000-00000000000c'];
const day = (d: number) => new Date(Date.UTC(2026, 2, d, 9)).toISOString();
const assessment = (caseId: string, n: number, overrides: Partial<RiskAssessmentRecorded['data']> = {}) =>
  assessed({ caseId, assessmentId: `${caseId.slice(0, 8)}-0000-4000-8000-00000000000${n}`, ...overrides });
const measure = (caseId: string, planId: string): RiskCaseEvent => ({
  type: 'risk-assessments.safety-measure-state-changed.v1',
  data: { caseId, planId, measureId: 'm1', from: 'planned', to: 'in-place' },
});
const changed = (caseId: string, changedAt: string): RiskCaseEvent => ({
  type: 'risk-assessments.situation-changed.v1',
  data: { caseId, change: 'left-partner', changedAt },
});
const overdue = (caseId: string, dueAt: string): RiskCaseEvent => ({
  type: 'risk-assessments.reassessment-became-overdue.v1',
  data: { caseId, dueAt, dueReason: 'situation-change' },
});
const escalated = (caseId: string, dueAt: string): RiskCaseEvent => ({
  type: 'risk-assessments.reassessment-escalated.v1',
  data: { caseId, dueAt, dueReason: 'situation-change', graceHours: 48 },
});
const closed = (caseId: string): RiskCaseEvent => ({ type: 'risk-assessments.case-closed.v1', data: { caseId, reason: 'risk-resolved' } });

/**
 * Three cases: one through its whole life, one with an internal instrument and ignored events, and one assessed before it
 * was opened, opened twice and with an assessment id recorded twice.
 */
const STREAMS: [string, RiskCaseEvent[]][] = [
  [
    CASE_A,
    [
      opened({ caseId: CASE_A, unit: 'institution:nyborg' }),
      assessment(CASE_A, 1, { assessedAt: day(1) }),
      planned({ caseId: CASE_A, planId: 'a1000000-0000-4000-8000-0000000000f1', basedOnAssessmentId: 'a1000000-0000-4000-8000-000000000001' }),
      measure(CASE_A, 'a1000000-0000-4000-8000-0000000000f1'),
      changed(CASE_A, day(10)),
      overdue(CASE_A, day(10)),
      escalated(CASE_A, day(10)),
      assessment(CASE_A, 2, { kind: 'reassessment', riskLevel: 'moderate', assessedAt: day(12) }),
      closed(CASE_A),
    ],
  ],
  [
    CASE_B,
    [
      opened({ caseId: CASE_B, personRole: 'victim' }),
      assessment(CASE_B, 1, {
        instrument: { code: 'internal', version: '1', name: 'vigil-screening' },
        scale: ['low', 'high'],
        riskLevel: 'low',
        assessedAt: day(3),
      }),
      planned({ caseId: CASE_B, reassessmentIntervalDays: 14 }),
      changed(CASE_B, day(28)),
      overdue(CASE_B, day(1)),
      measure(CASE_B, 'not-the-current-plan'),
    ],
  ],
  [
    CASE_C,
    [
      assessment(CASE_C, 1, { assessedAt: day(2) }),
      opened({ caseId: CASE_C, unit: 'area:syddanmark' }),
      opened({ caseId: CASE_C, personRole: 'client', unit: 'national' }),
      assessment(CASE_C, 2, { assessedAt: day(4), riskLevel: 'moderate' }),
      changed(CASE_C, day(6)),
      assessment(CASE_C, 1, { assessedAt: day(5), riskLevel: 'low' }), // the same assessment id again: the first recording stays in the history
    ],
  ],
];

/** The streams interleaved round-robin, as the global log mixes them, with an event of another kind among them. */
const LOG = interleave(
  recordedEvents(ACTOR),
  STREAMS.map(([caseId, events]) => [riskCaseStreamId(caseId), events] as const),
  { after: 4, streamId: riskCaseStreamId(CASE_B), revision: 99, event: { type: 'risk-assessments.something-else.v1', data: {} } },
);
/** A runner that crashed after committing part of the log reads it again: the replayed events must change nothing. */
const SEQUENCE = [...LOG.slice(0, 12), ...LOG.slice(2, 10), ...LOG.slice(12), ...LOG.slice(15, 19)];

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
