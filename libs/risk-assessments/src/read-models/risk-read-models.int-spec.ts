import { AccessLogScope1763860000004, AccessLogTable1763860000002 } from '@vigil/actors';
import { EventStoreSchema1763860000000, PostgresEventStore } from '@vigil/event-store';
import { ProjectionCheckpoints1763860000001, ProjectionRunner } from '@vigil/projections';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createTestDatabase } from '../../../../test/support/test-database';
import { RiskCaseEvent } from '../domain/risk-case.events';
import { assessed, opened, planned } from '../domain/risk-case.test-kit';
import { RISK_ASSESSMENT_PROJECTIONS } from '../risk-assessment-projections';
import { riskCaseStreamId } from '../risk-case-stream';
import { ListReassessmentsQuery } from './reassessment-due/list-reassessments.query';
import { ListReassessments, ListReassessmentsHandler } from './reassessment-due/reassessment-due.queries';
import { GetRiskOverTime, GetRiskOverTimeHandler } from './risk-assessment-history/risk-assessment-history.queries';
import { GetRiskCase, GetRiskCaseHandler } from './risk-case-current/risk-case-current.queries';
import { RiskAssessmentReadModels1763860000050 } from './risk-assessment-read-models.migration';
import { RiskCaseUnit1763860000051 } from './risk-case-unit.migration';

const NOW = new Date('2026-03-20T12:00:00.000Z');
const query = (overrides: Partial<ListReassessmentsQuery> = {}) => Object.assign(new ListReassessmentsQuery(), overrides);

describe('risk-assessment read models', () => {
  let database: { url: string; drop(): Promise<void> };
  let dataSource: DataSource;
  let store: PostgresEventStore;
  let runners: ProjectionRunner[];

  beforeAll(async () => {
    database = await createTestDatabase('vigil_risk_rm');
    dataSource = await new DataSource({
      type: 'postgres',
      url: database.url,
      migrations: [
        EventStoreSchema1763860000000,
        ProjectionCheckpoints1763860000001,
        AccessLogTable1763860000002,
        AccessLogScope1763860000004,
        RiskAssessmentReadModels1763860000050,
        RiskCaseUnit1763860000051,
      ],
    }).initialize();
    await dataSource.runMigrations();
    store = new PostgresEventStore({ connectionString: database.url, pollIntervalMs: 20 });
    runners = RISK_ASSESSMENT_PROJECTIONS.map((p) => new ProjectionRunner(store, dataSource, p, { batchSize: 3 }));
    runners.forEach((r) => r.start());
  });

  afterAll(async () => {
    await Promise.all(runners.map((r) => r.stop()));
    await store.close();
    await dataSource.destroy();
    await database.drop();
  });

  async function record(caseId: string, ...events: RiskCaseEvent[]): Promise<void> {
    const withId = events.map((e) => ({ id: randomUUID(), type: e.type, data: { ...e.data, caseId }, metadata: { actor: 'ST-7K3Q9P', correlationId: 'c' } }));
    await store.appendToStream(riskCaseStreamId(caseId), withId, { expectedRevision: 'any' });
  }

  async function caughtUp(caseId: string, revision: number): Promise<void> {
    for (let i = 0; i < 400; i++) {
      const [row] = await dataSource.query('SELECT revision FROM risk_case_current WHERE case_id = $1', [caseId]);
      // Every projection, not only the one this row comes from, must have passed the head of the log.
      const head = await store.headPosition();
      const [caught] = await dataSource.query(
        'SELECT count(*)::int AS n FROM projection_checkpoints WHERE (commit_position, prepare_position) >= ($1::numeric, $2::numeric)',
        [head.commit.toString(), head.prepare.toString()],
      );
      if (row?.revision >= revision && caught.n === RISK_ASSESSMENT_PROJECTIONS.length) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('projections did not catch up');
  }

  it('shows the case as it stands: latest assessment, current plan with measures, next reassessment', async () => {
    const caseId = randomUUID();
    const reassessment = assessed({ assessmentId: randomUUID(), kind: 'reassessment', riskLevel: 'moderate', assessedAt: '2026-03-15T09:00:00.000Z' });
    await record(caseId, opened(), assessed(), planned(), reassessment);
    await caughtUp(caseId, 3);
    const view = await new GetRiskCaseHandler(dataSource).execute(new GetRiskCase(caseId));
    expect(view).toMatchObject({
      caseId,
      revision: 3,
      status: 'open',
      personRef: 'PR-8H2K4M',
      assessmentCount: 2,
      latestAssessment: { riskLevel: 'moderate' },
    });
    expect(view?.plan?.measures.map((m) => m.kind)).toEqual(['assault-alarm', 'changed-routines']);
    expect(view?.reassessment).toEqual({ dueAt: '2026-04-14T09:00:00.000Z', dueReason: 'cycle', overdueRecorded: false, escalated: false });
  });

  it('keeps every assessment for the risk over time, in the order made even when recorded late', async () => {
    const caseId = randomUUID();
    const late = assessed({ assessmentId: randomUUID(), kind: 'reassessment', riskLevel: 'low', assessedAt: '2026-02-01T09:00:00.000Z' });
    await record(caseId, opened(), assessed(), late);
    await caughtUp(caseId, 2);
    const entries = await new GetRiskOverTimeHandler(dataSource).execute(new GetRiskOverTime(caseId));
    expect(entries.map((e) => [e.riskLevel, e.levelRank, e.kind])).toEqual([
      ['low', 1, 'reassessment'],
      ['high', 3, 'initial'],
    ]);
    expect(entries[1].instrument).toEqual({ code: 'SARA-SV', version: '3', name: null });
  });

  it('lists overdue, escalated and soon-due reassessments by due time, leaving out closed cases', async () => {
    const overdue: string = randomUUID();
    const soon = randomUUID();
    const later = randomUUID();
    const closed = randomUUID();
    const at = (days: number) => new Date(NOW.getTime() + days * 86_400_000).toISOString();
    await record(overdue, opened(), assessed({ assessedAt: at(-40) }), planned());
    await record(soon, opened({ personRole: 'inmate-at-risk' }), assessed({ assessedAt: at(-25) }), planned());
    await record(later, opened(), assessed({ assessedAt: at(-1) }), planned());
    await record(closed, opened(), assessed({ assessedAt: at(-40) }), planned(), {
      type: 'risk-assessments.case-closed.v1',
      data: { caseId: closed, reason: 'risk-resolved' },
    });
    await caughtUp(closed, 3);
    const handler = new ListReassessmentsHandler(dataSource);
    const queries = { list: (filter: ListReassessmentsQuery, now: Date) => handler.execute(new ListReassessments(filter, now)) };
    const ours = (items: { caseId: string }[]) => items.map((i) => i.caseId).filter((id) => [overdue, soon, later, closed].includes(id));
    const all = await queries.list(query(), NOW);
    expect(ours(all.items)).toEqual([overdue, soon, later]);
    expect(all.items.find((i) => i.caseId === overdue)).toMatchObject({ standing: 'overdue', dueReason: 'cycle', dueAt: new Date(at(-10)) });
    expect(all.items.find((i) => i.caseId === soon)?.standing).toBe('due-soon');
    expect(all.items.find((i) => i.caseId === later)?.standing).toBe('scheduled');
    expect(ours((await queries.list(query({ standing: 'overdue' }), NOW)).items)).toEqual([overdue]);
    expect(ours((await queries.list(query({ standing: 'due-soon' }), NOW)).items)).toEqual([soon]);
    expect(ours((await queries.list(query({ standing: 'due-soon', withinDays: 1 }), NOW)).items)).toEqual([]);
    expect(ours((await queries.list(query({ personRole: 'inmate-at-risk' }), NOW)).items)).toEqual([soon]);
  });
});
