import { AccessLogScope1763860000004, AccessLogTable1763860000002 } from '@vigil/actors';
import { deterministicUuid } from '@vigil/event-sourcing';
import { EventStoreSchema1763860000000, PostgresEventStore, RecordedEvent } from '@vigil/event-store';
import { ProjectionCheckpoints1763860000001 } from '@vigil/projections';
import { DataSource } from 'typeorm';
import { createTestDatabase } from '../../../../../test/support/test-database';
import { judge } from '../../domain/case-judgement';
import { timelineOf } from '../../domain/placement.timeline';
import { publishedRuleSets, RuleSetBook } from '../../domain/rule-set';
import { BASELINE_RULE_SET } from '../../domain/rule-set.baseline';
import { NORWEGIAN_BASELINE_RULE_SET } from '../../domain/rule-set.baseline.no';
import { DEMO_CASES } from '../../demo/demo-placements';
import { seedCoerciveMeasureDemoData } from '../../demo/seed-demo-data';
import { PLACEMENT_CATEGORY, placementStreamId, RULE_SET_STREAM, ruleSetStreamOf } from '../../placement-stream';
import { CoerciveMeasureReadModels1763860000040 } from '../coercive-measure-read-models.migration';
import { PlacementCaseProjection } from './placement-case.projection';
import { PlacementCaseQueries } from './placement-case.queries';

const END = new Date('2026-03-20T12:00:00.000Z');
const MIN = 60_000;
const idOf = (key: string) => deterministicUuid('vigil-demo-placement', key);

describe('placement cases read model on PostgreSQL (demo data)', () => {
  let database: { url: string; drop(): Promise<void> };
  let dataSource: DataSource;
  let store: PostgresEventStore;
  let events: RecordedEvent[];
  let ruleSets: RuleSetBook;
  const projection = new PlacementCaseProjection();
  const queries = () => new PlacementCaseQueries(dataSource);
  const project = () =>
    dataSource.transaction(async (manager) => {
      for (const event of events) await projection.handle(event, manager);
    });
  const verdictsOf = async (key: string, at: Date) => {
    const row = await queries().get(idOf(key));
    return Object.fromEntries(judge(ruleSets, row!.timeline, at).verdicts.map((v) => [v.ruleId, v.verdict]));
  };

  beforeAll(async () => {
    database = await createTestDatabase('vigil_coercive');
    dataSource = await new DataSource({
      type: 'postgres',
      url: database.url,
      migrations: [
        EventStoreSchema1763860000000,
        ProjectionCheckpoints1763860000001,
        AccessLogTable1763860000002,
        AccessLogScope1763860000004,
        CoerciveMeasureReadModels1763860000040,
      ],
      migrationsTransactionMode: 'each',
    }).initialize();
    await dataSource.runMigrations();
    expect(await seedCoerciveMeasureDemoData(database.url, () => undefined, END)).toBe(6);
    store = new PostgresEventStore({ connectionString: database.url });
    // Per stream, not readAll: the global feed waits for every older transaction in the shared cluster.
    events = (await Promise.all(DEMO_CASES.map((c) => store.readStream(placementStreamId(idOf(c.key)))))).flat();
    expect(events.every((e) => e.streamId.startsWith(`${PLACEMENT_CATEGORY}-`))).toBe(true);
    ruleSets = {
      dk: publishedRuleSets(await store.readStream(RULE_SET_STREAM)),
      no: publishedRuleSets(await store.readStream(ruleSetStreamOf('no'))),
    };
    // Both countries' baselines beside the demo v2: each country's stream of its own.
    expect([ruleSets.dk!.map((r) => r.title), ruleSets.no!.map((r) => r.title)]).toEqual([
      [BASELINE_RULE_SET.title, 'Demo: skærpet lokal instruks (v2)'],
      [NORWEGIAN_BASELINE_RULE_SET.title],
    ]);
    await project();
  });

  afterAll(async () => {
    await store.close();
    await dataSource.destroy();
    await database.drop();
  });

  it('seeds idempotently: a second run loads nothing', async () => {
    expect(await seedCoerciveMeasureDemoData(database.url, () => undefined, END)).toBe(0);
    expect(ruleSets.dk!.map((r) => r.version)).toEqual([1, 2]);
  });

  it('holds for each case the same timeline as a pure fold of its stream, also after a replay', async () => {
    await project(); // the whole log again: already-applied events change nothing
    const rows = await queries().find({ limit: 100 });
    expect(rows).toHaveLength(6);
    for (const row of rows) {
      const stream = await store.readStream(placementStreamId(row.placementId));
      expect(row.timeline).toEqual(timelineOf(stream.map((e) => ({ id: e.id, revision: e.revision, type: e.type, data: e.data }))));
      expect(row.revision).toBe(stream[stream.length - 1].revision);
    }
  });

  it('judges each demo case by the rule set in force at its start', async () => {
    expect(Object.values(await verdictsOf('all-kept', END)).every((v) => v === 'kept')).toBe(true);
    expect(await verdictsOf('many-breaches', END)).toEqual({
      'observation-notes': 'breached',
      'doctor-called': 'breached',
      'follow-up-conversation': 'breached',
      'management-review': 'breached',
      'legal-review': 'kept',
    });
    expect(await verdictsOf('late-review', END)).toMatchObject({ 'management-review': 'breached', 'legal-review': 'breached' });
    expect(await verdictsOf('not-yet-due', END)).toMatchObject({ 'doctor-called': 'not-applicable', 'follow-up-conversation': 'not-yet-due' });
  });

  it('lets an ongoing case turn from not yet due to breached with time, without a new event', async () => {
    expect((await verdictsOf('ongoing', END))['observation-notes']).toBe('not-yet-due');
    expect((await verdictsOf('ongoing', new Date(END.getTime() + 6 * MIN)))['observation-notes']).toBe('breached');
  });

  it('filters by institution and period of the start', async () => {
    const inNyborg = await queries().judged({ institution: 'nyborg', limit: 100 }, ruleSets, END);
    expect(inNyborg.map((c) => c.row.placementId)).toEqual([idOf('all-kept')]);
    const lastWeek = await queries().find({ from: new Date(END.getTime() - 7 * 24 * 60 * MIN).toISOString(), to: END.toISOString(), limit: 100 });
    expect(lastWeek.map((r) => r.institution).sort()).toEqual(['arresthuset-odense', 'koebenhavns-faengsler', 'renbaek']);
  });
});
