import { RecordedEvent } from '@vigil/event-store';
import { Projection } from '@vigil/projections';
import { EntityManager } from 'typeorm';
import { isPlacementEvent, PlacementEvent } from '../../domain/placement.events';
import { evolve, initial, PlacementState, StartedPlacement } from '../../domain/placement.state';
import { extendTimeline, PlacementTimeline } from '../../domain/placement.timeline';
import { PLACEMENT_CATEGORY, placementIdOf } from '../../placement-stream';

type Row = Record<string, unknown>;

interface StoredPlacement {
  readonly revision: number;
  readonly state: PlacementState;
  readonly timeline: PlacementTimeline | null;
}

/** What a later event changes; the other columns keep what the row was inserted with. */
const UPDATED = ['revision', 'status', 'ended_at', 'updated_at', 'state', 'timeline'];

/**
 * Each placement as it stands plus its compact timeline. Verdicts are not stored: they depend on
 * the moment of asking (not yet due turns into breached without a new event), so queries judge the
 * timeline when they are asked.
 */
export class PlacementCaseProjection implements Projection {
  readonly name = 'coercive-measures.placement-cases';
  readonly tables = ['coercive_placement'];
  readonly category = PLACEMENT_CATEGORY;

  handle(event: RecordedEvent, manager: EntityManager): Promise<void> {
    return this.handleBatch([event], manager);
  }

  /** A page: the placements it touches read in one query, folded in memory, written in one multi-row upsert. */
  async handleBatch(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    const mine = events.filter((event) => isPlacementEvent(event.type));
    if (mine.length === 0) return;
    const ids = [...new Set(mine.map((event) => placementIdOf(event.streamId)))];
    const stored: { placement_id: string; revision: number; state: PlacementState; timeline: PlacementTimeline }[] = await manager.query(
      'SELECT placement_id, revision, state, timeline FROM coercive_placement WHERE placement_id = ANY($1::uuid[])',
      [ids],
    );
    const current = new Map<string, StoredPlacement>(stored.map((r) => [r.placement_id, { revision: r.revision, state: r.state, timeline: r.timeline }]));
    const changed = new Map<string, Row>();
    for (const event of mine) {
      const id = placementIdOf(event.streamId);
      const row = current.get(id);
      if (row && row.revision >= event.revision) continue; // already applied (replays are idempotent)
      const state = evolve(row?.state ?? initial, { type: event.type, data: event.data } as PlacementEvent);
      const timeline = extendTimeline(row?.timeline ?? null, { id: event.id, revision: event.revision, type: event.type, data: event.data });
      if (state.status === 'none' || !timeline) continue;
      current.set(id, { revision: event.revision, state, timeline });
      const next = columns(id, state, timeline, event);
      const first = changed.get(id);
      changed.set(id, first ? { ...first, ...Object.fromEntries(UPDATED.map((column) => [column, next[column]])) } : next);
    }
    if (changed.size === 0) return;
    await manager.query(
      `INSERT INTO coercive_placement (placement_id, revision, status, institution, inmate_ref, restrained, started_at, ended_at, recorded_at, updated_at, state, timeline)
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(placement_id uuid, revision integer, status text, institution text, inmate_ref text,
         restrained boolean, started_at timestamptz, ended_at timestamptz, recorded_at timestamptz, updated_at timestamptz, state jsonb, timeline jsonb)
       ON CONFLICT (placement_id) DO UPDATE SET ${UPDATED.map((column) => `${column} = excluded.${column}`).join(', ')}`,
      [JSON.stringify([...changed.values()])],
    );
  }
}

/** One placement's row after one event; recorded_at (set on insert only) is when its first event was recorded. */
function columns(id: string, state: StartedPlacement, timeline: PlacementTimeline, event: RecordedEvent): Row {
  return {
    placement_id: id,
    revision: event.revision,
    status: state.status,
    institution: state.institution,
    inmate_ref: state.inmateRef,
    restrained: state.restrained,
    started_at: state.startedAt,
    ended_at: state.status === 'ended' ? state.endedAt : null,
    recorded_at: event.metadata.recordedAt,
    updated_at: event.metadata.recordedAt,
    state,
    timeline,
  };
}
