import { EventStore } from '@vigil/event-store';
import { RULE_SET_STREAM } from '../placement-stream';
import { decide } from '../publish-rule-set/publish-rule-set.decide';
import { BASELINE_RULE_SET } from '../domain/rule-set.baseline';

/** The same id on every node: concurrent boots store the baseline once (the store's retry safety). */
const BASELINE_EVENT_ID = '8f9f8e2a-5d41-4c3b-9a77-3b0c2d1e4f51';
/** Pseudonymous reference of the system itself as author of the baseline. */
export const SYSTEM_ACTOR = 'SYS-BASELINE';

/** Publishes rule set v1 when no version is published yet; true when this call published it. */
export async function ensureBaselineRuleSet(store: EventStore): Promise<boolean> {
  if ((await store.streamRevision(RULE_SET_STREAM)) !== null) return false;
  const [event] = decide(
    { ...BASELINE_RULE_SET, reason: 'Baseline: the obligations named to the Ombudsman (004_…)', actor: SYSTEM_ACTOR },
    [],
    new Date(BASELINE_RULE_SET.effectiveFrom),
  );
  const result = await store.appendToStream(
    RULE_SET_STREAM,
    [{ id: BASELINE_EVENT_ID, type: event.type, data: event.data, metadata: { actor: SYSTEM_ACTOR, correlationId: 'baseline-rule-set-v1' } }],
    { expectedRevision: 'no-stream' },
  );
  return !result.alreadyStored;
}
