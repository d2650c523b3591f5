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
  recordedEvents,
} from '../../../../projections/src/batch-equivalence.test-kit';
import { createTestDatabase } from '../../../../../test/support/test-database';
import { isPlacementEvent, PlacementEvent } from '../../domain/placement.events';
import { evolve, initial, PlacementState } from '../../domain/placement.state';
import { extendTimeline, PlacementTimeline } from '../../domain/placement.timeline';
import { doctorArrived, doctorCalled, ended, followUp, legalReview, managementReview, noted, started } from '../../domain/placement.test-kit';
import { placementIdOf, placementStreamId } from '../../placement-stream';
import { CoerciveMeasureReadModels1763860000040 } from '../coercive-measure-read-models.migration';
import { PlacementCaseProjection } from './placement-case.projection';

/**
 * As it was before the batch path, kept as the reference the batch must match.
 * Each placement as it stands plus its compact timeline. Verdicts are not stored: they depend on
 * the moment of asking (not yet due turns into breached without a new event), so queries judge the
 * timeline when they are asked.
 */
class ReferencePlacementCaseProjection {
  async handle(event: RecordedEvent, manager: EntityManager): Promise<void> {
    if (!isPlacementEvent(event.type)) return;
    const id = placementIdOf(event.streamId);
    const [row] = await manager.query('SELECT revision, state, timeline, recorded_at FROM coercive_placement WHERE placement_id = $1', [id]);
    if (row && row.revision >= event.revision) return; // already applied (replays are idempotent)
    const state = evolve((row?.state as PlacementState) ?? initial, { type: event.type, data: event.data } as PlacementEvent);
    const timeline = extendTimeline((row?.timeline as PlacementTimeline) ?? null, {
      id: event.id,
      revision: event.revision,
      type: event.type,
      data: event.data,
    });
    if (state.status === 'none' || !timeline) return;
    await manager.query(
      `INSERT INTO coercive_placement (placement_id, revision, status, institution, inmate_ref, restrained, started_at, ended_at, recorded_at, updated_at, state, timeline)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (placement_id) DO UPDATE SET revision = $2, status = $3, ended_at = $8, updated_at = $10, state = $11, timeline = $12`,
      [
        id,
        event.revision,
        state.status,
        state.institution,
        state.inmateRef,
        state.restrained,
        state.startedAt,
        state.status === 'ended' ? state.endedAt : null,
        row?.recorded_at ?? event.metadata.recordedAt,
        event.metadata.recordedAt,
        JSON.stringify(state),
        JSON.stringify(timeline),
      ],
    );
  }
}

const [P1, P2, P3] = ['a1000000-0000-4000-8000-0000000000a1', 'b2000000-0000-4000-8000-0000000000b2', 'c3000000-0000-4000-8000-0000000000c3'];
const of = (placementId: string, event: PlacementEvent): PlacementEvent => ({ ...event, data: { ...event.data, placementId } }) as PlacementEvent;

/** Three placements: a restrained one through every step (a note recorded late), a short one, and one with events before its start and a review before its end. */
const STREAMS: [string, PlacementEvent[]][] = [
  [
    P1,
    [
      started({ placementId: P1 }),
      of(P1, doctorCalled(5)),
      of(P1, noted(10)),
      of(P1, noted(20)),
      of(P1, doctorArrived(30)),
      of(P1, noted(25, 'Noteret bagefter.')),
      of(P1, ended(60)),
      of(P1, followUp(120)),
      of(P1, managementReview(1440)),
      of(P1, legalReview(2880)),
    ],
  ],
  [
    P2,
    [
      started({ placementId: P2, restrained: false, measure: 'security-cell', institution: 'renbaek', inmateRef: 'IN-9Q2W3E' }),
      of(P2, noted(15)),
      of(P2, ended(30)),
      of(P2, followUp(40)),
    ],
  ],
  [P3, [of(P3, followUp(0)), started({ placementId: P3, institution: 'arresthuset-odense' }), of(P3, managementReview(10)), of(P3, noted(5))]],
];

/** The streams interleaved round-robin, as the global log mixes them, with an event of another kind among them. */
const LOG = interleave(
  recordedEvents('ST-7K3Q9P'),
  STREAMS.map(([placementId, events]) => [placementStreamId(placementId), events] as const),
  { after: 4, streamId: placementStreamId(P2), revision: 99, event: { type: 'coercive-measures.something-else.v1', data: {} } },
);
/** A runner that crashed after committing part of the log reads it again: the replayed events must change nothing. */
const SEQUENCE = [...LOG.slice(0, 11), ...LOG.slice(1, 9), ...LOG.slice(11), ...LOG.slice(14, 18)];

describe('placement cases projection: a page through handleBatch is the per-event projection', () => {
  let database: { url: string; drop(): Promise<void> };
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('vigil_placement_batch');
    dataSource = await new DataSource({ type: 'postgres', url: database.url, migrations: [CoerciveMeasureReadModels1763860000040] }).initialize();
    await dataSource.runMigrations();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  /** Each page in a transaction of its own, from an empty table: every row of the read model. */
  async function project(pages: readonly RecordedEvent[][], apply: ApplyPage) {
    await dataSource.query('TRUNCATE coercive_placement');
    await applyPages(dataSource, pages, apply);
    return dataSource.query('SELECT * FROM coercive_placement ORDER BY placement_id');
  }

  const projection = new PlacementCaseProjection();
  const byReference = eventByEvent(new ReferencePlacementCaseProjection());
  const byBatch = asBatch(projection);

  it('covers every placement event type, several interleaved streams and a replay', () => {
    expect(new Set(SEQUENCE.map((event) => event.type).filter(isPlacementEvent)).size).toBe(8);
    expect(new Set(SEQUENCE.map((event) => event.id)).size).toBeLessThan(SEQUENCE.length);
  });

  it('handle, one event at a time, writes the same rows as the reference', async () => {
    const pages = pagesOf(SEQUENCE, [1]);
    const expected = await project(pages, byReference);
    expect(expected.map((row: { revision: number }) => row.revision)).toEqual([9, 3, 3]);
    expect(await project(pages, (manager, [event]) => projection.handle(event, manager))).toEqual(expected);
  });

  it.each(pageSizePlans(SEQUENCE))('pages of %j: the same rows', async (sizes) => {
    const pages = pagesOf(SEQUENCE, sizes);
    expect(await project(pages, byBatch)).toEqual(await project(pages, byReference));
  });

  it('a replayed page changes nothing', async () => {
    const first = await project([LOG], byBatch);
    await dataSource.transaction((manager) => byBatch(manager, LOG.slice(3, 15)));
    expect(await dataSource.query('SELECT * FROM coercive_placement ORDER BY placement_id')).toEqual(first);
  });
});
