import { RecordedEvent } from '@vigil/event-store';
import { Projection } from '@vigil/projections';
import { EntityManager } from 'typeorm';
import { planIdOf, PLAN_CATEGORY } from '../../crisis-streams';
import { isPlanEvent, PlanEvent } from '../../domain/plan.events';
import { currentPlanVersion, evolvePlan, initialPlan, PlanState, planRevisionDueAt } from '../../domain/plan.state';

/** Plans as they stand (with the revision due date; "overdue" is judged at query time) and every published version. */
export class PlansProjection implements Projection {
  readonly name = 'crisis-readiness.plans';
  readonly tables = ['crisis_plan', 'crisis_plan_version'];
  readonly category = PLAN_CATEGORY;

  async handle(event: RecordedEvent, manager: EntityManager): Promise<void> {
    if (!isPlanEvent(event.type)) return;
    const planId = planIdOf(event.streamId);
    const [row] = await manager.query('SELECT revision, state FROM crisis_plan WHERE plan_id = $1', [planId]);
    if (row && row.revision >= event.revision) return; // already applied
    const state = evolvePlan((row?.state as PlanState) ?? initialPlan, { type: event.type, data: event.data } as PlanEvent);
    if (state.status === 'none') return;
    const shown = state.draft?.content ?? currentPlanVersion(state)?.content ?? state.versions[state.versions.length - 1]?.content;
    await manager.query(
      `INSERT INTO crisis_plan (plan_id, revision, status, scenario, title, current_version, draft_version, last_revised_at, revision_due_at, updated_at, state)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (plan_id) DO UPDATE SET revision = $2, status = $3, scenario = $4, title = $5, current_version = $6, draft_version = $7,
         last_revised_at = $8, revision_due_at = $9, updated_at = $10, state = $11`,
      [
        planId,
        event.revision,
        state.status,
        shown.scenario,
        shown.title,
        state.status === 'published' ? state.currentVersion : null,
        state.draft?.version ?? null,
        state.status === 'published' ? state.lastRevisedAt : null,
        planRevisionDueAt(state),
        event.metadata.recordedAt,
        JSON.stringify(state),
      ],
    );
    for (const v of state.versions) {
      await manager.query(
        `INSERT INTO crisis_plan_version (plan_id, version, status, scenario, title, content, published_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (plan_id, version) DO UPDATE SET status = $3`,
        [planId, v.version, v.status, v.content.scenario, v.content.title, JSON.stringify(v.content), v.publishedAt],
      );
    }
  }
}
