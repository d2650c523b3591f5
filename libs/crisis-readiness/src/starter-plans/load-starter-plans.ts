import { Country, servedJurisdictions } from '@vigil/organisation';
import { CommandMeta, CommandRunner } from '@vigil/command-handling';
import { canonicalJson, deterministicUuid, StaleRevisionError } from '@vigil/event-sourcing';
import { Clock, EventIdConflictError, PostgresEventStore, systemClock } from '@vigil/event-store';
import { createHash } from 'node:crypto';
import { PLAN_STREAM, planStreamId, READINESS_ACTOR } from '../crisis-streams';
import { normalisePlan } from '../domain/plan';
import { PlanEvent } from '../domain/plan.events';
import { currentPlanVersion, PlanState } from '../domain/plan.state';
import { decide as draft } from '../draft-plan/draft-plan.decide';
import { decide as publish } from '../publish-plan/publish-plan.decide';
import { StarterPlan, STARTER_PLANS } from './starter-plans.data';
import { STARTER_PLANS_NB } from './starter-plans.nb.data';

/** The starter plans of the countries an installation serves: Danish for Kriminalforsorgen, Bokmål for Kriminalomsorgen. */
export function starterPlansFor(countries: readonly Country[]): StarterPlan[] {
  return [...(countries.includes('dk') ? STARTER_PLANS : []), ...(countries.includes('no') ? STARTER_PLANS_NB : [])];
}

const digest = (value: unknown) => createHash('sha256').update(canonicalJson(value)).digest('hex');

/**
 * Publishes the starter plans through the kernel's command runner and the same decide functions the
 * API uses. Event ids derive from the content, so a restart (or two instances at once) adds nothing;
 * plans retired or being redrafted by hand are left alone. Returns how many plans this call published.
 */
export async function loadStarterPlans(databaseUrl: string, log: (line: string) => void = () => undefined, clock: Clock = systemClock): Promise<number> {
  const store = new PostgresEventStore({ connectionString: databaseUrl, clock });
  try {
    return await loadPlansInto(new CommandRunner(store, clock), log);
  } finally {
    await store.close();
  }
}

export async function loadPlansInto(
  runner: CommandRunner,
  log: (line: string) => void = () => undefined,
  plans: StarterPlan[] = starterPlansFor(servedJurisdictions()),
): Promise<number> {
  let published = 0;
  for (const starter of plans) if (await publishPlan(runner, starter)) published++;
  if (published) log(`Published ${published} readiness plan(s) from the starter set.`);
  return published;
}

async function publishPlan(runner: CommandRunner, { planId, plan }: StarterPlan): Promise<boolean> {
  const key = digest(normalisePlan(plan));
  const actor = READINESS_ACTOR;
  const decide = (state: PlanState, now: Date): PlanEvent[] => {
    if (state.status === 'retired' || (state.status !== 'none' && state.draft)) return [];
    if (digest(currentPlanVersion(state)?.content) === key) return [];
    const drafted = draft({ planId, plan, isNew: state.status === 'none', actor }, state);
    return [...drafted, ...publish({ planId, actor }, drafted.reduce(PLAN_STREAM.model.evolve, state), now)];
  };
  const streamId = planStreamId(planId);
  const { events, revision } = await runner.load(streamId, PLAN_STREAM.model);
  // The ids name the stream's length they were decided on, so the command is pinned to that revision.
  const meta: CommandMeta = {
    actor,
    correlationId: `starter-plan-${key.slice(0, 16)}`,
    eventIds: (i) => deterministicUuid('vigil-starter-plan', planId, String(events.length), key, String(i)),
    ...(revision === null ? {} : { expectedRevision: revision }),
  };
  try {
    return !(await runner.run({ streamId, model: PLAN_STREAM.model, namespace: PLAN_STREAM.namespace, decide }, meta)).alreadyRecorded;
  } catch (error) {
    // Two instances starting at once race here: the loser's append is refused (revision or id) and it skips.
    if (error instanceof StaleRevisionError || error instanceof EventIdConflictError) return false;
    throw error;
  }
}
