import { openLoaderStore, StoreOpener } from '@vigil/command-handling';
import { CommandRunner } from '@vigil/command-handling';
import { deterministicUuid } from '@vigil/event-sourcing';
import { Pool } from 'pg';
import { decide as callDoctor } from '../call-doctor/call-doctor.decide';
import { PlacementEvent } from '../domain/placement.events';
import { PlacementState } from '../domain/placement.state';
import { RuleSet } from '../domain/rule-set';
import { decide as end } from '../end-placement/end-placement.decide';
import { decide as followUp } from '../hold-follow-up-conversation/hold-follow-up-conversation.decide';
import { PLACEMENT_CATEGORY, PLACEMENT_STREAM, placementStreamId, RULE_SET_STREAM, RULE_SET_VERSIONS } from '../placement-stream';
import { decide as publishRuleSet } from '../publish-rule-set/publish-rule-set.decide';
import { decide as doctorArrival } from '../record-doctor-arrival/record-doctor-arrival.decide';
import { decide as legalReview } from '../record-legal-review/record-legal-review.decide';
import { decide as managementReview } from '../record-management-review/record-management-review.decide';
import { decide as note } from '../record-observation-note/record-observation-note.decide';
import { ensureBaselineRuleSets } from '../rule-sets/baseline-publication';
import { decide as start } from '../start-placement/start-placement.decide';
import { DEMO_CASES, demoRuleSetV2, DemoStep } from './demo-placements';

type AnyDecide = (command: never, state: PlacementState, now: Date) => PlacementEvent[];

const DECIDERS: Record<DemoStep['command'], AnyDecide> = {
  start,
  note,
  'call-doctor': callDoctor,
  'doctor-arrival': doctorArrival,
  end,
  'follow-up': followUp,
  'management-review': managementReview,
  'legal-review': legalReview,
};

const TIME_FIELD: Record<DemoStep['command'], string> = {
  start: 'startedAt',
  note: 'observedAt',
  'call-doctor': 'calledAt',
  'doctor-arrival': 'arrivedAt',
  end: 'endedAt',
  'follow-up': 'heldAt',
  'management-review': 'reviewedAt',
  'legal-review': 'reviewedAt',
};

const DEMO_RULE_SET_AUTHOR = 'ST-9X1L5V';

/** Publishes the demo rule-set v2 beside the baseline, once: its event id is fixed, and any version past v1 stops it. */
async function publishDemoRuleSet(runner: CommandRunner, endAt: Date): Promise<void> {
  const { model, namespace } = RULE_SET_VERSIONS;
  const id = deterministicUuid('vigil-demo-rule-set', '2');
  const decide = (published: RuleSet[], now: Date) =>
    published.length === 1 ? publishRuleSet({ ...demoRuleSetV2(endAt), actor: DEMO_RULE_SET_AUTHOR }, published, now) : [];
  await runner.run({ streamId: RULE_SET_STREAM, model, namespace, decide }, { actor: DEMO_RULE_SET_AUTHOR, correlationId: id, eventIds: () => id });
}

/**
 * Loads six demo placements (deterministic ids, through the API's own deciders and the kernel's
 * command runner) and a demo rule-set v2 for comparison, into a store without placements. The
 * clock follows each step, so the timeline replay at a moment works on the demo. Returns how many
 * placements it loaded (0 if any existed).
 */
export async function seedCoerciveMeasureDemoData(
  databaseUrl: string,
  log: (line: string) => void = () => undefined,
  endAt = new Date(),
  openStore?: StoreOpener,
): Promise<number> {
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  const { rows } = await pool.query('SELECT EXISTS (SELECT 1 FROM event_store.events WHERE category = $1) AS present', [PLACEMENT_CATEGORY]);
  await pool.end();
  if (rows[0].present) return 0;
  let now = endAt;
  const clock = { now: () => now };
  const store = openLoaderStore(databaseUrl, { clock }, openStore);
  const runner = new CommandRunner(store, clock);
  const { model, namespace } = PLACEMENT_STREAM;
  try {
    await ensureBaselineRuleSets(runner);
    await publishDemoRuleSet(runner, endAt);
    log(`Loading ${DEMO_CASES.length} demo security-cell placements…`);
    for (const demo of DEMO_CASES) {
      const placementId = deterministicUuid('vigil-demo-placement', demo.key);
      const streamId = placementStreamId(placementId);
      const startedAt = endAt.getTime() - demo.startedMinutesAgo * 60_000;
      const steps = [...demo.steps].sort((a, b) => a.minutes - b.minutes).filter((s) => startedAt + s.minutes * 60_000 <= endAt.getTime());
      for (const [revision, step] of steps.entries()) {
        now = new Date(startedAt + step.minutes * 60_000);
        const command = { ...step.fields, placementId, actor: step.actor, [TIME_FIELD[step.command]]: now.toISOString() };
        const decide = (state: PlacementState, at: Date) => DECIDERS[step.command](command as never, state, at);
        // One event per step, its id fixed by the revision it lands at, as it always was: a second run stores nothing new.
        const id = deterministicUuid('vigil-demo-placement-event', placementId, String(revision));
        await runner.run({ streamId, model, namespace, decide }, { actor: step.actor, correlationId: id, eventIds: () => id });
      }
    }
    return DEMO_CASES.length;
  } finally {
    await store.close();
  }
}
