import { PostgresEventStore } from '@vigil/event-store';
import { Pool } from 'pg';
import { decide as callDoctor } from '../call-doctor/call-doctor.decide';
import { deterministicUuid } from '../command-handling/command-ids';
import { PlacementEvent } from '../domain/placement.events';
import { evolve, initial, PlacementState } from '../domain/placement.state';
import { publishedRuleSets } from '../domain/rule-set';
import { decide as end } from '../end-placement/end-placement.decide';
import { decide as followUp } from '../hold-follow-up-conversation/hold-follow-up-conversation.decide';
import { PLACEMENT_CATEGORY, placementStreamId, RULE_SET_STREAM } from '../placement-stream';
import { decide as publishRuleSet } from '../publish-rule-set/publish-rule-set.decide';
import { decide as doctorArrival } from '../record-doctor-arrival/record-doctor-arrival.decide';
import { decide as legalReview } from '../record-legal-review/record-legal-review.decide';
import { decide as managementReview } from '../record-management-review/record-management-review.decide';
import { decide as note } from '../record-observation-note/record-observation-note.decide';
import { ensureBaselineRuleSet } from '../rule-sets/baseline-publication';
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
} as Record<DemoStep['command'], AnyDecide>;
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

/**
 * Loads six demo placements (deterministic ids, through the API's own deciders) and a demo rule-set
 * v2 for comparison, into a store without placements. The store's clock follows each step, so the
 * timeline replay at a moment works on the demo. Returns how many placements it loaded (0 if any existed).
 */
export async function seedCoerciveMeasureDemoData(databaseUrl: string, log: (line: string) => void = () => undefined, endAt = new Date()): Promise<number> {
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  const { rows } = await pool.query('SELECT EXISTS (SELECT 1 FROM event_store.events WHERE category = $1) AS present', [PLACEMENT_CATEGORY]);
  await pool.end();
  if (rows[0].present) return 0;
  let now = endAt;
  const store = new PostgresEventStore({ connectionString: databaseUrl, clock: { now: () => now } });
  try {
    await ensureBaselineRuleSet(store);
    const ruleSets = await store.readStream(RULE_SET_STREAM);
    if (publishedRuleSets(ruleSets).length === 1) {
      const [event] = publishRuleSet({ ...demoRuleSetV2(endAt), actor: 'ST-9X1L5V' }, publishedRuleSets(ruleSets), endAt);
      const id = deterministicUuid('vigil-demo-rule-set', '2');
      await store.appendToStream(RULE_SET_STREAM, [{ id, type: event.type, data: event.data, metadata: { actor: 'ST-9X1L5V', correlationId: id } }], {
        expectedRevision: ruleSets[ruleSets.length - 1].revision,
      });
    }
    log(`Loading ${DEMO_CASES.length} demo security-cell placements…`);
    for (const demo of DEMO_CASES) {
      const placementId = deterministicUuid('vigil-demo-placement', demo.key);
      const startedAt = endAt.getTime() - demo.startedMinutesAgo * 60_000;
      const steps = [...demo.steps].sort((a, b) => a.minutes - b.minutes).filter((s) => startedAt + s.minutes * 60_000 <= endAt.getTime());
      let state = initial;
      for (const [revision, step] of steps.entries()) {
        now = new Date(startedAt + step.minutes * 60_000);
        const command = { ...step.fields, placementId, actor: step.actor, [TIME_FIELD[step.command]]: now.toISOString() };
        const events = DECIDERS[step.command](command as never, state, now);
        const id = deterministicUuid('vigil-demo-placement-event', placementId, String(revision));
        await store.appendToStream(
          placementStreamId(placementId),
          events.map((e) => ({ id, type: e.type, data: e.data, metadata: { actor: step.actor, correlationId: id } })),
          {
            expectedRevision: revision === 0 ? 'no-stream' : revision - 1,
          },
        );
        state = events.reduce(evolve, state);
      }
    }
    return DEMO_CASES.length;
  } finally {
    await store.close();
  }
}
