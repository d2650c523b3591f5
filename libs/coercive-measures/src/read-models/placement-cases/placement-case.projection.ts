import { RecordedEvent } from '@vigil/event-store';
import { Projection } from '@vigil/projections';
import { EntityManager } from 'typeorm';
import { isPlacementEvent, PlacementEvent } from '../../domain/placement.events';
import { evolve, initial, PlacementState } from '../../domain/placement.state';
import { extendTimeline, PlacementTimeline } from '../../domain/placement.timeline';
import { PLACEMENT_CATEGORY, placementIdOf } from '../../placement-stream';

/**
 * Each placement as it stands plus its compact timeline. Verdicts are not stored: they depend on
 * the moment of asking (not yet due turns into breached without a new event), so queries judge the
 * timeline when they are asked.
 */
export class PlacementCaseProjection implements Projection {
  readonly name = 'coercive-measures.placement-cases';
  readonly tables = ['coercive_placement'];
  readonly category = PLACEMENT_CATEGORY;

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
