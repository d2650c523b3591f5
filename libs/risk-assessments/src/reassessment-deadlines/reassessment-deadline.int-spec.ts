import { DynamicModule, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import { AccessLogScope1763860000004, AccessLogTable1763860000002 } from '@vigil/actors';
import { CommandHandlingModule, CommandRunner } from '@vigil/command-handling';
import { deterministicUuid } from '@vigil/event-sourcing';
import { CLOCK, EVENT_STORE, EventStoreSchema1763860000000, PostgresEventStore } from '@vigil/event-store';
import { ProjectionCheckpoints1763860000001, ProjectionRunner } from '@vigil/projections';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createTestDatabase } from '../../../../test/support/test-database';
import { RiskCaseEvent } from '../domain/risk-case.events';
import { assessed, opened, planned } from '../domain/risk-case.test-kit';
import { RiskAssessmentReadModels1763860000050 } from '../read-models/risk-assessment-read-models.migration';
import { RiskCaseUnit1763860000051 } from '../read-models/risk-case-unit.migration';
import { RISK_ASSESSMENT_PROJECTIONS } from '../risk-assessment-projections';
import { RiskAssessmentsCommandsModule } from '../risk-assessments-commands.module';
import { caseIdOf, riskCaseStreamId } from '../risk-case-stream';
import { ReassessmentDeadlinePoller } from './reassessment-deadline.poller';

const MIGRATIONS = [
  EventStoreSchema1763860000000,
  ProjectionCheckpoints1763860000001,
  AccessLogTable1763860000002,
  AccessLogScope1763860000004,
  RiskAssessmentReadModels1763860000050,
  RiskCaseUnit1763860000051,
];
const DAY = 86_400_000;
const ASSESSED = '2026-03-01T10:00:00.000Z';

@Module({})
class TestInfrastructure {}

@Module({})
class DeadlineTestApp {}

/** The context's handlers on a CommandBus over this store and database, as the worker app wires them. */
function commandsOn(store: PostgresEventStore, dataSource: DataSource): Promise<INestApplicationContext> {
  const infrastructure: DynamicModule = {
    module: TestInfrastructure,
    global: true,
    providers: [
      { provide: EVENT_STORE, useValue: store },
      { provide: CLOCK, useValue: { now: () => new Date() } },
      { provide: DataSource, useValue: dataSource },
    ],
    exports: [EVENT_STORE, CLOCK, DataSource],
  };
  return NestFactory.createApplicationContext(
    { module: DeadlineTestApp, imports: [infrastructure, CommandHandlingModule, RiskAssessmentsCommandsModule] },
    { logger: false },
  );
}
const DUE = '2026-03-31T10:00:00.000Z'; // 30 days after the assessment

describe('reassessment deadline workflow', () => {
  let database: { url: string; drop(): Promise<void> };
  let dataSource: DataSource;
  let store: PostgresEventStore;
  let app: INestApplicationContext;

  beforeEach(async () => {
    database = await createTestDatabase('vigil_risk_deadline');
    dataSource = await new DataSource({ type: 'postgres', url: database.url, migrations: MIGRATIONS }).initialize();
    await dataSource.runMigrations();
    store = new PostgresEventStore({ connectionString: database.url, pollIntervalMs: 20 });
    app = await commandsOn(store, dataSource);
  });

  afterEach(async () => {
    await app.close();
    await store.close();
    await dataSource.destroy();
    await database.drop();
  });

  async function record(caseId: string, ...events: RiskCaseEvent[]): Promise<void> {
    const withId = events.map((e) => ({ id: randomUUID(), type: e.type, data: { ...e.data, caseId }, metadata: { actor: 'ST-7K3Q9P', correlationId: 'c' } }));
    await store.appendToStream(riskCaseStreamId(caseId), withId, { expectedRevision: 'any' });
  }

  /** Feeds the read models up to the head of the log, then stops. */
  async function project(): Promise<void> {
    const runners = RISK_ASSESSMENT_PROJECTIONS.map((p) => new ProjectionRunner(store, dataSource, p));
    runners.forEach((r) => r.start());
    for (let i = 0; i < 400; i++) {
      const [{ behind }] = await dataSource.query(
        `SELECT count(*)::int AS behind FROM event_store.events e WHERE e.category = 'riskcase'
           AND e.stream_revision > coalesce((SELECT revision FROM risk_case_current WHERE 'riskcase-' || case_id = e.stream_id), -1)`,
      );
      if (behind === 0) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    await Promise.all(runners.map((r) => r.stop()));
  }

  const deadlineEvents = async () =>
    (await dataSource.query(
      `SELECT event_id, stream_id, type, data, recorded_at FROM event_store.events WHERE type LIKE 'risk-assessments.reassessment-%' ORDER BY stream_id, stream_revision`,
    )) as { event_id: string; stream_id: string; type: string; data: { dueAt: string }; recorded_at: Date }[];

  const poller = (now: string, ds = dataSource, commands = app) =>
    new ReassessmentDeadlinePoller(commands.get(CommandBus), commands.get(CommandRunner), ds, { now: () => new Date(now) }, { graceHours: 48 });

  it('records overdue with the due time, not the time it catches up, then escalates once after the grace period', async () => {
    const caseId = randomUUID();
    await record(caseId, opened(), assessed({ assessedAt: ASSESSED }), planned());
    await project();
    expect(await poller('2026-03-31T09:59:00.000Z').pollOnce()).toEqual({ overdue: 0, escalated: 0 });
    expect(await poller('2026-04-01T15:00:00.000Z').pollOnce()).toEqual({ overdue: 1, escalated: 0 });
    expect(await poller('2026-04-01T16:00:00.000Z').pollOnce()).toEqual({ overdue: 0, escalated: 0 });
    const [overdue] = await deadlineEvents();
    expect(overdue.data).toEqual({ caseId, dueAt: DUE, dueReason: 'cycle' });
    // The id follows from case, event type and due time: every worker, on every retry, names it the same.
    expect(overdue.event_id).toBe(deterministicUuid('vigil-reassessment-deadline', caseId, overdue.type, DUE));
    const [row] = await dataSource.query('SELECT overdue_recorded, escalated FROM risk_reassessment_due WHERE case_id = $1', [caseId]);
    expect(row).toEqual({ overdue_recorded: true, escalated: false });
    expect(await poller('2026-04-02T10:00:00.000Z').pollOnce()).toEqual({ overdue: 0, escalated: 1 });
    expect(await poller('2026-05-01T10:00:00.000Z').pollOnce()).toEqual({ overdue: 0, escalated: 0 });
    expect((await deadlineEvents()).map((e) => [e.type, e.data.dueAt])).toEqual([
      ['risk-assessments.reassessment-became-overdue.v1', DUE],
      ['risk-assessments.reassessment-escalated.v1', DUE],
    ]);
  });

  it('records nothing once the reassessment is made, even if the due-date index still lags', async () => {
    const caseId = randomUUID();
    await record(caseId, opened(), assessed({ assessedAt: ASSESSED }), planned());
    await project();
    await record(caseId, assessed({ assessmentId: randomUUID(), kind: 'reassessment', assessedAt: '2026-03-30T10:00:00.000Z' })); // not projected yet
    expect(await poller('2026-04-10T00:00:00.000Z').pollOnce()).toEqual({ overdue: 0, escalated: 0 });
    expect(await deadlineEvents()).toEqual([]);
  });

  it('records each deadline exactly once when several workers poll at the same time', async () => {
    const cases: string[] = Array.from({ length: 24 }, () => randomUUID());
    for (const [i, caseId] of cases.entries())
      await record(caseId, opened(), assessed({ assessedAt: new Date(Date.parse(ASSESSED) + i * 60_000).toISOString() }), planned());
    await project();
    const workers = await Promise.all(
      Array.from({ length: 4 }, async () => {
        const ds = await new DataSource({ type: 'postgres', url: database.url, extra: { max: 2 } }).initialize();
        const workerStore = new PostgresEventStore({ connectionString: database.url, pool: { max: 2 } });
        return { ds, store: workerStore, app: await commandsOn(workerStore, ds) };
      }),
    );
    try {
      const round = (now: string) => Promise.all(workers.flatMap((w) => [poller(now, w.ds, w.app).pollOnce(), poller(now, w.ds, w.app).pollOnce()]));
      const first = await round('2026-06-01T00:00:00.000Z');
      // As if every worker crashed after appending but before marking the index: all rows look unprocessed again.
      await dataSource.query('UPDATE risk_reassessment_due SET overdue_recorded = false, escalated = false');
      const second = await round('2026-06-01T00:05:00.000Z');
      const events = await deadlineEvents();
      const perCase = cases.map((id) => events.filter((e) => e.stream_id === riskCaseStreamId(id)).map((e) => e.type));
      expect(perCase.every((types) => types.length === 2 && types[0].endsWith('became-overdue.v1') && types[1].endsWith('escalated.v1'))).toBe(true);
      expect(events).toHaveLength(cases.length * 2);
      const counted = [...first, ...second].reduce((sum, r) => ({ overdue: sum.overdue + r.overdue, escalated: sum.escalated + r.escalated }), {
        overdue: 0,
        escalated: 0,
      });
      expect(counted).toEqual({ overdue: cases.length, escalated: cases.length });
      const dueOf = (streamId: string) => new Date(Date.parse(ASSESSED) + 30 * DAY + cases.indexOf(caseIdOf(streamId)) * 60_000).toISOString();
      expect(events.filter((e) => e.data.dueAt !== dueOf(e.stream_id))).toEqual([]);
    } finally {
      for (const w of workers) {
        await w.app.close();
        await w.store.close();
        await w.ds.destroy();
      }
    }
  });
});
