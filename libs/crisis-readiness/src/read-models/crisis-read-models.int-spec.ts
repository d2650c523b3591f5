import { AccessLogScope1763860000004, AccessLogTable1763860000002 } from '@vigil/actors';
import { deterministicUuid, fold } from '@vigil/event-sourcing';
import { EventStoreSchema1763860000000, PostgresEventStore, RecordedEvent } from '@vigil/event-store';
import { ProjectionCheckpoints1763860000001 } from '@vigil/projections';
import { DataSource } from 'typeorm';
import { createTestDatabase } from '../../../../test/support/test-database';
import { ACTIVATION_STREAM, activationStreamId, planStreamId } from '../crisis-streams';
import { DEMO_ACTIVATIONS } from '../demo/demo-activations';
import { seedCrisisReadinessDemoData } from '../demo/seed-demo-data';
import { StartedActivation } from '../domain/activation.state';
import { loadStarterPlans } from '../starter-plans/load-starter-plans';
import { STARTER_PLANS } from '../starter-plans/starter-plans.data';
import { ActivationsProjection } from './activations/activations.projection';
import { GetActivation, GetActivationHandler, GetCrisisBoard, GetCrisisBoardHandler } from './activations/activations.queries';
import { activationView } from './activations/activation.view';
import { CrisisReadinessReadModels1763860000070 } from './crisis-readiness-read-models.migration';
import { PlansProjection } from './plans/plans.projection';
import { GetPlan, GetPlanHandler, ListPlans, ListPlansHandler } from './plans/plans.queries';
import { ReplayActivationTimeline, ReplayActivationTimelineHandler } from './timeline/activation-timeline.queries';

const END = new Date('2026-03-20T12:00:00.000Z');
const DAY = 86_400_000;
const fireId = deterministicUuid('vigil-demo-crisis-activation', 'renbaek-fire');
const exerciseId = deterministicUuid('vigil-demo-crisis-activation', 'oestjylland-it-exercise');

describe('crisis-readiness read models on PostgreSQL (starter plans and demo activations)', () => {
  let database: { url: string; drop(): Promise<void> };
  let dataSource: DataSource;
  let store: PostgresEventStore;
  let events: RecordedEvent[];
  const projections = [new PlansProjection(), new ActivationsProjection()];
  const project = (batch: RecordedEvent[]) =>
    dataSource.transaction(async (manager) => {
      for (const event of batch) for (const p of projections) if (event.streamId.startsWith(`${p.category}-`)) await p.handle(event, manager);
    });
  const countEvents = async () => (await dataSource.query('SELECT count(*)::int AS n FROM event_store.events'))[0].n as number;

  beforeAll(async () => {
    database = await createTestDatabase('vigil_crisis');
    dataSource = await new DataSource({
      type: 'postgres',
      url: database.url,
      migrations: [
        EventStoreSchema1763860000000,
        ProjectionCheckpoints1763860000001,
        AccessLogTable1763860000002,
        AccessLogScope1763860000004,
        CrisisReadinessReadModels1763860000070,
      ],
      migrationsTransactionMode: 'each',
    }).initialize();
    await dataSource.runMigrations();
    expect(await seedCrisisReadinessDemoData(database.url, () => undefined, END)).toBe(2);
    store = new PostgresEventStore({ connectionString: database.url });
    // Per stream, not readAll: the global feed waits for every older transaction in the shared cluster.
    const streams = [...STARTER_PLANS.map((p) => planStreamId(p.planId)), activationStreamId(fireId), activationStreamId(exerciseId)];
    events = (await Promise.all(streams.map((s) => store.readStream(s)))).flat();
    await project(events);
  });

  afterAll(async () => {
    await store.close();
    await dataSource.destroy();
    await database.drop();
  });

  it('loads plans and demo data once: a restart adds no event', async () => {
    const before = await countEvents();
    expect(await loadStarterPlans(database.url)).toBe(0);
    expect(await seedCrisisReadinessDemoData(database.url, () => undefined, new Date(END.getTime() + DAY))).toBe(0);
    expect(await countEvents()).toBe(before);
  });

  it('keeps the read model equal to a fold of the stream, even when events are delivered twice', async () => {
    await project(events); // a replay after a crash: nothing may change
    for (const id of [fireId, exerciseId]) {
      const stream = events.filter((e) => e.streamId === activationStreamId(id));
      const folded = fold(ACTIVATION_STREAM.model, stream) as StartedActivation;
      expect(await new GetActivationHandler(dataSource).execute(new GetActivation(id))).toEqual(activationView(folded, stream[stream.length - 1].revision));
    }
  });

  it('shows only the running exercise on the board, marked as an exercise', async () => {
    const board = await new GetCrisisBoardHandler(dataSource).execute(new GetCrisisBoard({}));
    expect(board.map((row) => [row.activationId, row.exercise])).toEqual([[exerciseId, true]]);
    expect(board[0].roles.find((r) => r.role === 'communications')).toMatchObject({ vacant: true, holder: null });
    expect(board[0].latestEntries.map((e) => e.kind)).toEqual(['communication', 'decision']);
    expect(await new GetCrisisBoardHandler(dataSource).execute(new GetCrisisBoard({ exercise: false }))).toEqual([]);
  });

  it('keeps the corrected decision visible beside its correction, with the evaluation of the real activation', async () => {
    const fire = (await new GetActivationHandler(dataSource).execute(new GetActivation(fireId)))!;
    expect(fire).toMatchObject({ exercise: false, status: 'stood-down', level: 'tactical' });
    expect(fire.decisions.map((d) => [d.corrected, d.corrects !== null])).toEqual([
      [true, false],
      [false, true],
    ]);
    expect(fire.decisions[0].correctedBy).toBe(fire.decisions[1].entryId);
    expect(fire.evaluation?.points.map((p) => p.riskClass)).toEqual(['organisational', 'static-technological', 'dynamic-human']);
  });

  it('judges revision overdue at query time: nothing is overdue now, the half-yearly plans are after 200 days', async () => {
    const plans = { list: new ListPlansHandler(dataSource), get: new GetPlanHandler(dataSource) };
    expect((await plans.list.execute(new ListPlans(END, { overdue: true }))).map((p) => p.planId)).toEqual([]);
    const later = new Date(END.getTime() + 200 * DAY);
    expect((await plans.list.execute(new ListPlans(later, { overdue: true }))).map((p) => p.planId).sort()).toEqual(['it-outage', 'threats-against-staff']);
    expect((await plans.get.execute(new GetPlan('fire', later)))?.versions).toHaveLength(1);
  });

  it('replays an activation from its stream to a moment: before the correction and the level change', async () => {
    const start = END.getTime() - DEMO_ACTIVATIONS[0].startedMinutesAgo * 60_000;
    const timelines = new ReplayActivationTimelineHandler(store);
    const early = await timelines.execute(new ReplayActivationTimeline(fireId, new Date(start + 10 * 60_000)));
    expect(early.state).toMatchObject({ status: 'active', level: 'operational', exercise: false });
    expect(early.state?.decisions.map((d) => d.corrected)).toEqual([false]);
    expect(early.entries.map((e) => e.actor)).toEqual(['ST-4H7N2K', 'ST-4H7N2K', 'ST-4H7N2K', 'ST-8C3V6W', 'ST-4H7N2K']);
    expect(early.eventsRecordedSince).toBe(DEMO_ACTIVATIONS[0].steps.length - 5);
    const full = await timelines.execute(new ReplayActivationTimeline(fireId, END));
    expect(full.entries.find((e) => e.type === 'crisis-readiness.level-changed.v1')).toMatchObject({ why: 'Branden breder sig; beredskabet indsat.' });
  });
});
