import { Clock, EventIdConflictError, EventStore, PostgresEventStore, systemClock, WrongExpectedRevisionError } from '@vigil/event-store';
import { createHash } from 'node:crypto';
import { deterministicUuid } from '../command-handling/command-ids';
import { foldRecorded, PLAN_MODEL } from '../command-handling/stream-models';
import { planStreamId, READINESS_ACTOR } from '../crisis-streams';
import { canonicalJson } from '../domain/canonical-json';
import { normalisePlan } from '../domain/plan';
import { PlanEvent } from '../domain/plan.events';
import { currentPlanVersion } from '../domain/plan.state';
import { decide as draft } from '../draft-plan/draft-plan.decide';
import { decide as publish } from '../publish-plan/publish-plan.decide';
import { StarterPlan, STARTER_PLANS } from './starter-plans.data';

const digest = (value: unknown) => createHash('sha256').update(canonicalJson(value)).digest('hex');

/**
 * Publishes the starter plans through the same decide functions the API uses. Event ids derive from
 * the content, so a restart (or two instances at once) adds nothing; plans retired or being
 * redrafted by hand are left alone. Returns how many plans this call published.
 */
export async function loadStarterPlans(databaseUrl: string, log: (line: string) => void = () => undefined, clock: Clock = systemClock): Promise<number> {
  const store = new PostgresEventStore({ connectionString: databaseUrl, clock });
  try {
    return await loadPlansInto(store, clock, log);
  } finally {
    await store.close();
  }
}

export async function loadPlansInto(store: EventStore, clock: Clock = systemClock, log: (line: string) => void = () => undefined, plans: StarterPlan[] = STARTER_PLANS): Promise<number> {
  let published = 0;
  for (const starter of plans) if (await publishPlan(store, starter, clock.now())) published++;
  if (published) log(`Published ${published} readiness plan(s) from the starter set.`);
  return published;
}

async function publishPlan(store: EventStore, { planId, plan }: StarterPlan, now: Date): Promise<boolean> {
  const streamId = planStreamId(planId);
  const stored = await store.readStream(streamId);
  const state = foldRecorded(PLAN_MODEL, stored);
  const wanted = normalisePlan(plan);
  if (state.status === 'retired' || (state.status !== 'none' && state.draft)) return false;
  if (digest(currentPlanVersion(state)?.content) === digest(wanted)) return false;
  const actor = READINESS_ACTOR;
  const drafted = draft({ planId, plan, isNew: state.status === 'none', actor }, state);
  const events: PlanEvent[] = [...drafted, ...publish({ planId, actor }, drafted.reduce(PLAN_MODEL.evolve, state), now)];
  const key = digest(wanted);
  // Two instances starting at once race here: the loser's append is refused (revision or id) and it skips.
  const result = await store
    .appendToStream(
      streamId,
      events.map((e, i) => ({ id: deterministicUuid('vigil-starter-plan', planId, String(stored.length), key, String(i)), type: e.type, data: e.data, metadata: { actor, correlationId: `starter-plan-${key.slice(0, 16)}` } })),
      { expectedRevision: stored.length ? stored[stored.length - 1].revision : 'no-stream' },
    )
    .catch((error: unknown) => {
      if (error instanceof WrongExpectedRevisionError || error instanceof EventIdConflictError) return { alreadyStored: true };
      throw error;
    });
  return !result.alreadyStored;
}
