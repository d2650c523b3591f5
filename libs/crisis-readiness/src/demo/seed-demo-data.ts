import { openLoaderStore, StoreOpener } from '@vigil/command-handling';
import { CommandRunner } from '@vigil/command-handling';
import { deterministicUuid } from '@vigil/event-sourcing';
import { decide as activate } from '../activate/activate.decide';
import { decide as changeLevel } from '../change-level/change-level.decide';
import { ACTIVATION_STREAM, activationStreamId, PLAN_STREAM, planStreamId } from '../crisis-streams';
import { ActivationEvent } from '../domain/activation.events';
import { ActivationState } from '../domain/activation.state';
import { PlanState } from '../domain/plan.state';
import { decide as fillRole } from '../fill-role/fill-role.decide';
import { decide as logCommunication } from '../log-communication/log-communication.decide';
import { decide as logDecision } from '../log-decision/log-decision.decide';
import { decide as evaluate } from '../record-evaluation/record-evaluation.decide';
import { decide as standDown } from '../stand-down/stand-down.decide';
import { loadPlansInto } from '../starter-plans/load-starter-plans';
import { DEMO_ACTIVATIONS, DemoActivation, DemoStep } from './demo-activations';

const at = (start: number, minutes: number) => new Date(start + minutes * 60_000);

/** Turns a demo step into the command its decider takes (ids derive from the demo's keys). */
function decideStep(
  demo: DemoActivation,
  activationId: string,
  step: DemoStep,
  start: number,
  plan: PlanState,
  state: ActivationState,
  now: Date,
): ActivationEvent[] {
  const entryId = (key: string) => deterministicUuid('vigil-demo-crisis-entry', demo.key, key);
  const base = { activationId, actor: step.actor };
  switch (step.command) {
    case 'activate':
      return activate({ ...base, ...step.fields, plan }, state, now);
    case 'fill-role':
      return fillRole({ ...base, ...step.fields }, state, now);
    case 'change-level':
      return changeLevel({ ...base, ...step.fields }, state, now);
    case 'decision': {
      const { entry, decidedAtMinutes, corrects, ...rest } = step.fields;
      return logDecision(
        { ...base, ...rest, entryId: entryId(entry), decidedAt: at(start, decidedAtMinutes).toISOString(), corrects: corrects ? entryId(corrects) : null },
        state,
        now,
      );
    }
    case 'communication': {
      const { entry, communicatedAtMinutes, ...rest } = step.fields;
      return logCommunication({ ...base, ...rest, entryId: entryId(entry), communicatedAt: at(start, communicatedAtMinutes).toISOString() }, state, now);
    }
    case 'stand-down':
      return standDown({ ...base, ...step.fields }, state, now);
    case 'evaluation':
      return evaluate({ ...base, ...step.fields, referenceId: deterministicUuid('vigil-demo-crisis-evaluation', demo.key) }, state, now);
  }
}

/**
 * Loads the demo activations (a real one, stood down and evaluated; a running exercise) through the
 * kernel's command runner and the API's own deciders, with the store's clock following each step so
 * `?at=` replays work. Idempotent: an activation already in the store is left alone. Returns how many
 * activations it loaded.
 */
export async function seedCrisisReadinessDemoData(
  databaseUrl: string,
  log: (line: string) => void = () => undefined,
  endAt = new Date(),
  openStore?: StoreOpener,
): Promise<number> {
  let now = endAt;
  const clock = { now: () => now };
  const store = openLoaderStore(databaseUrl, { clock }, openStore);
  const runner = new CommandRunner(store, clock);
  let loaded = 0;
  try {
    await loadPlansInto(runner);
    for (const demo of DEMO_ACTIVATIONS) {
      const activationId = deterministicUuid('vigil-demo-crisis-activation', demo.key);
      const streamId = activationStreamId(activationId);
      if ((await store.streamRevision(streamId)) !== null) continue;
      const start = endAt.getTime() - demo.startedMinutesAgo * 60_000;
      for (const [revision, step] of demo.steps.entries()) {
        now = at(start, step.minutes);
        const plan = step.command === 'activate' ? (await runner.load(planStreamId(step.fields.planId), PLAN_STREAM.model)).state : PLAN_STREAM.model.initial;
        // Each demo step decides exactly one event, so step index and stream revision coincide.
        const id = deterministicUuid('vigil-demo-crisis-event', activationId, String(revision));
        const decide = (state: ActivationState, when: Date) => decideStep(demo, activationId, step, start, plan, state, when);
        const meta = { actor: step.actor, correlationId: id, eventIds: () => id, ...(revision === 0 ? {} : { expectedRevision: revision - 1 }) };
        await runner.run({ streamId, model: ACTIVATION_STREAM.model, namespace: ACTIVATION_STREAM.namespace, decide }, meta);
      }
      loaded++;
    }
    if (loaded) log(`Loaded ${loaded} demo crisis activation(s): a stood-down fire and a running IT-outage exercise.`);
    return loaded;
  } finally {
    await store.close();
  }
}
