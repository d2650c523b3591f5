import { RecordedEvent } from '@vigil/event-store';
import { Projection } from '@vigil/projections';
import { EntityManager } from 'typeorm';
import { ACTIVATION_CATEGORY, activationIdOf } from '../../crisis-streams';
import { ActivationEvent, isActivationEvent } from '../../domain/activation.events';
import { ActivationState, evolveActivation, initialActivation } from '../../domain/activation.state';

/** Activations as they stand, folded with the domain's evolve: the board and the detail read from here. */
export class ActivationsProjection implements Projection {
  readonly name = 'crisis-readiness.activations';
  readonly tables = ['crisis_activation'];
  readonly category = ACTIVATION_CATEGORY;

  async handle(event: RecordedEvent, manager: EntityManager): Promise<void> {
    if (!isActivationEvent(event.type)) return;
    const id = activationIdOf(event.streamId);
    const [row] = await manager.query('SELECT revision, state FROM crisis_activation WHERE activation_id = $1', [id]);
    if (row && row.revision >= event.revision) return; // already applied
    const state = evolveActivation((row?.state as ActivationState) ?? initialActivation, { type: event.type, data: event.data } as ActivationEvent);
    if (state.status === 'none') return;
    const count = (kind: string) => state.log.filter((e) => e.kind === kind).length;
    await manager.query(
      `INSERT INTO crisis_activation (activation_id, revision, status, exercise, plan_id, plan_version, scenario, title, scope_kind, area, institution, unit, level,
         activated_at, stood_down_at, updated_at, decisions, communications, state)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
       ON CONFLICT (activation_id) DO UPDATE SET revision = $2, status = $3, level = $13, stood_down_at = $15, updated_at = $16,
         decisions = $17, communications = $18, state = $19`,
      [
        id,
        event.revision,
        state.status,
        state.exercise,
        state.plan.planId,
        state.plan.version,
        state.plan.scenario,
        state.plan.title,
        state.scope.kind,
        state.scope.area,
        state.scope.institution,
        state.scope.unit,
        state.level,
        state.activatedAt,
        state.status === 'stood-down' ? state.stoodDownAt : null,
        event.metadata.recordedAt,
        count('decision'),
        count('communication'),
        JSON.stringify(state),
      ],
    );
  }
}
