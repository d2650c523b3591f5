import { PostgresEventStore } from '@vigil/event-store';
import { activationStreamId, planStreamId } from '../crisis-streams';
import { Activate, decide as activate } from '../activate/activate.decide';
import { decide as changeLevel } from '../change-level/change-level.decide';
import { deterministicUuid } from '../command-handling/command-ids';
import { ACTIVATION_MODEL, foldRecorded, PLAN_MODEL } from '../command-handling/stream-models';
import { ActivationEvent } from '../domain/activation.events';
import { ActivationState } from '../domain/activation.state';
import { decide as fillRole } from '../fill-role/fill-role.decide';
import { decide as logCommunication } from '../log-communication/log-communication.decide';
import { decide as logDecision } from '../log-decision/log-decision.decide';
import { decide as evaluate } from '../record-evaluation/record-evaluation.decide';
import { decide as standDown } from '../stand-down/stand-down.decide';
import { loadPlansInto } from '../starter-plans/load-starter-plans';
import { DEMO_ACTIVATIONS, DemoActivation, DemoStep } from './demo-activations';

const at = (start: number, minutes: number) => new Date(start + minutes * 60_000);

/** Turns a demo step into the command its decider takes (ids derive from the demo's keys). */
function decideStep(demo: DemoActivation, activationId: string, step: DemoStep, start: number, state: ActivationState, now: Date): ActivationEvent[] {
  const f = step.fields;
  const entryId = (key: unknown) => deterministicUuid('vigil-demo-crisis-entry', demo.key, String(key));
  const base = { activationId, actor: step.actor };
  switch (step.command) {
    case 'activate':
      throw new Error('handled by the caller, which reads the plan');
    case 'fill-role':
      return fillRole({ ...base, role: f.role, holder: f.holder }, state, now);
    case 'change-level':
      return changeLevel({ ...base, level: f.level, reason: f.reason }, state, now);
    case 'decision': {
      const { entry, decidedAtMinutes, corrects, ...rest } = f;
      return logDecision({ ...base, ...rest, entryId: entryId(entry), decidedAt: at(start, Number(decidedAtMinutes)).toISOString(), corrects: corrects ? entryId(corrects) : null } as never, state, now);
    }
    case 'communication': {
      const { entry, communicatedAtMinutes, ...rest } = f;
      return logCommunication({ ...base, ...rest, entryId: entryId(entry), communicatedAt: at(start, Number(communicatedAtMinutes)).toISOString() } as never, state, now);
    }
    case 'stand-down':
      return standDown({ ...base, reason: f.reason }, state, now);
    case 'evaluation':
      return evaluate({ ...base, referenceId: deterministicUuid('vigil-demo-crisis-evaluation', demo.key), summary: f.summary, points: f.points }, state, now);
  }
}

/**
 * Loads the demo activations (a real one, stood down and evaluated; a running exercise) through the
 * API's own deciders, with the store's clock following each step so `?at=` replays work. Idempotent:
 * an activation already in the store is left alone. Returns how many activations it loaded.
 */
export async function seedCrisisReadinessDemoData(databaseUrl: string, log: (line: string) => void = () => undefined, endAt = new Date()): Promise<number> {
  let now = endAt;
  const store = new PostgresEventStore({ connectionString: databaseUrl, clock: { now: () => now } });
  let loaded = 0;
  try {
    await loadPlansInto(store, { now: () => endAt });
    for (const demo of DEMO_ACTIVATIONS) {
      const activationId = deterministicUuid('vigil-demo-crisis-activation', demo.key);
      const streamId = activationStreamId(activationId);
      if ((await store.streamRevision(streamId)) !== null) continue;
      const start = endAt.getTime() - demo.startedMinutesAgo * 60_000;
      let state = ACTIVATION_MODEL.initial;
      for (const [revision, step] of demo.steps.entries()) {
        now = at(start, step.minutes);
        const events =
          step.command === 'activate'
            ? activate({ ...step.fields, activationId, plan: foldRecorded(PLAN_MODEL, await store.readStream(planStreamId(String(step.fields.planId)))), actor: step.actor } as Activate, state, now)
            : decideStep(demo, activationId, step, start, state, now);
        // Each demo step decides exactly one event, so step index and stream revision coincide.
        const id = deterministicUuid('vigil-demo-crisis-event', activationId, String(revision));
        await store.appendToStream(streamId, events.map((e) => ({ id, type: e.type, data: e.data, metadata: { actor: step.actor, correlationId: id } })), {
          expectedRevision: revision === 0 ? 'no-stream' : revision - 1,
        });
        state = events.reduce(ACTIVATION_MODEL.evolve, state);
      }
      loaded++;
    }
    if (loaded) log(`Loaded ${loaded} demo crisis activation(s): a stood-down fire and a running IT-outage exercise.`);
    return loaded;
  } finally {
    await store.close();
  }
}
