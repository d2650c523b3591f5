import { PostgresEventStore } from '@vigil/event-store';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { ACTOR } from './action-cards-http';
import { sleep } from './stats';

const RUN_STREAM = (runId: string) => `actioncardrun-${runId}`; // action-card-streams.ts: runStreamId
const AREAS = ['hovedstaden', 'sjaelland', 'syddanmark', 'midt-nord'];
const PARALLEL = 8;

/** Open steps the deadline poller has to consider (the deadlines projection's rows). */
export async function openSteps(pool: Pool): Promise<number> {
  const { rows } = await pool.query<{ n: string }>('SELECT count(*) AS n FROM action_card_step_deadline WHERE open AND run_open');
  return Number(rows[0].n);
}

/**
 * Appends `action-cards.run-started.v1` events straight to the store, each the exact shape
 * start-run.decide.ts produces for a manual start of the published `templateId` version 1.
 */
export async function appendRuns(store: PostgresEventStore, pool: Pool, templateId: string, runs: number, now: () => Date): Promise<void> {
  const { rows } = await pool.query<{ data: { version: number; card: unknown } }>(
    `SELECT data FROM event_store.events WHERE stream_id = $1 AND type = 'action-cards.template-published.v1' ORDER BY stream_revision DESC LIMIT 1`,
    [`actioncardtemplate-${templateId}`],
  );
  if (!rows[0]) throw new Error(`card ${templateId} is not published`);
  const { version, card } = rows[0].data;
  let next = 0;
  const worker = async () => {
    while (next < runs) {
      const i = next++;
      const runId = randomUUID();
      const data = {
        runId,
        templateId,
        templateVersion: version,
        card,
        startedAt: now().toISOString(),
        startedBy: ACTOR,
        area: AREAS[i % AREAS.length],
        institution: null,
        trigger: { type: 'manual' },
      };
      const event = { id: randomUUID(), type: 'action-cards.run-started.v1', data, metadata: { actor: ACTOR, correlationId: randomUUID() } };
      await store.appendToStream(RUN_STREAM(runId), [event], { expectedRevision: 'no-stream' });
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
}

/** Waits until the named projections' checkpoints have passed the last action-card run event. */
export async function projectionsCaughtUp(pool: Pool, names: readonly string[], timeoutMs = 30 * 60_000): Promise<void> {
  const { rows: head } = await pool.query<{ commit: string; prepare: string }>(
    `SELECT transaction_id::text AS commit, global_position::text AS prepare FROM event_store.events
      WHERE category = 'actioncardrun' ORDER BY transaction_id DESC, global_position DESC LIMIT 1`,
  );
  if (!head[0]) return;
  const [commit, prepare] = [BigInt(head[0].commit), BigInt(head[0].prepare)];
  for (const started = Date.now(); ; await sleep(100)) {
    const { rows } = await pool.query<{ name: string; c: string; p: string }>(
      'SELECT name, commit_position::text AS c, prepare_position::text AS p FROM projection_checkpoints WHERE name = ANY($1)',
      [names],
    );
    const done = rows.filter((r) => BigInt(r.c) > commit || (BigInt(r.c) === commit && BigInt(r.p) >= prepare));
    if (done.length === names.length) return;
    if (Date.now() - started > timeoutMs) throw new Error(`projections ${names.join(', ')} did not reach the head in ${timeoutMs / 1000} s`);
  }
}
