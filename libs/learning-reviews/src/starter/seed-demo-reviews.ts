import { openLoaderStore, StoreOpener } from '@vigil/command-handling';
import { CommandRunner } from '@vigil/command-handling';
import { deterministicUuid } from '@vigil/event-sourcing';
import { Pool } from 'pg';
import { CATALOGUE_STREAM_ID } from '../domain/catalogue';
import { CATALOGUE_STREAM, REVIEW_STREAM, reviewStreamId } from '../review-streams';
import { activationReview, DemoActivation, DemoEpisode, DemoStep, episodeReview, exerciseHuddle } from './demo-reviews';

const DAY = 86_400_000;

/** The words for an incident event the demo marks as the episode's later moment. */
const LATER: Record<string, string> = {
  'incidents.incident-corrected.v1': 'rettelse',
  'incidents.incident-reclassified.v1': 'omklassificering',
  'incidents.police-report-recorded.v1': 'politianmeldelse',
  'incidents.incident-closed.v1': 'afslutning',
  'incidents.incident-closed.v2': 'afslutning',
  'incidents.incident-reopened.v1': 'genåbning',
};

interface Row {
  event_id: string;
  type: string;
  data: Record<string, unknown>;
  recorded_at: Date;
}

/**
 * The demo's episode: the most recent incident of violence against staff on duty in which someone was hospitalised,
 * reported at least 45 days ago and recorded further (its next event) at least 40 days ago, so its review has run its course
 * after both. The incident demo is deterministic, so the same one is found on every fresh start. Read from the log, which
 * holds it by now (the read models do not yet: the demo runs before the projections start).
 */
async function findEpisode(pool: Pool, end: Date): Promise<DemoEpisode | null> {
  const { rows } = await pool.query<Row & { stream_id: string }>(
    `SELECT e.stream_id, e.event_id, e.type, e.data, e.recorded_at FROM event_store.events e
      WHERE e.type = 'incidents.incident-reported.v1' AND e.data->>'kind' = 'violence' AND e.data->>'target' = 'staff-on-duty'
        AND e.data->'injuries'->>'physical' IN ('hospitalised', 'fatal') AND e.data->'location'->>'type' = 'institution' AND e.recorded_at <= $1
        AND EXISTS (SELECT 1 FROM event_store.events o WHERE o.stream_id = e.stream_id AND o.stream_revision = 1 AND o.recorded_at <= $2)
        AND NOT EXISTS (SELECT 1 FROM event_store.events d WHERE d.stream_id = e.stream_id
                         AND d.type IN ('incidents.incident-marked-duplicate.v1', 'incidents.incident-marked-not-reportable.v1'))
      ORDER BY e.recorded_at DESC, e.event_id LIMIT 1`,
    [new Date(end.getTime() - 45 * DAY), new Date(end.getTime() - 40 * DAY)],
  );
  const report = rows[0];
  if (!report) return null;
  const { rows: later } = await pool.query<Row>(
    'SELECT event_id, type, data, recorded_at FROM event_store.events WHERE stream_id = $1 AND stream_revision > 0 ORDER BY stream_revision LIMIT 1',
    [report.stream_id],
  );
  const involved = (report.data.involved ?? []) as { ref: string; role: string }[];
  const location = report.data.location as { institution: string };
  return {
    incidentId: String(report.data.incidentId),
    reportedAt: new Date(report.recorded_at),
    institution: location.institution,
    reportEventId: report.event_id,
    laterEventId: later[0].event_id,
    laterAt: new Date(later[0].recorded_at),
    laterWhat: LATER[later[0].type] ?? 'ændring',
    targetRef: involved.find((p) => p.role === 'target' && p.ref.startsWith('ST-'))?.ref ?? null,
  };
}

/** The demo's activation: one with an evaluation recorded (the stood-down fire in the crisis demo), with its decisions and roles. */
async function findActivation(pool: Pool, end: Date): Promise<DemoActivation | null> {
  const { rows } = await pool.query<Row & { stream_id: string }>(
    `SELECT e.stream_id, e.event_id, e.type, e.data, e.recorded_at FROM event_store.events e
       JOIN event_store.events s ON s.stream_id = e.stream_id AND s.stream_revision = 0
      WHERE e.type = 'crisis-readiness.evaluation-recorded.v1' AND e.recorded_at <= $1
      ORDER BY (s.data->'plan'->>'scenario' = 'fire') DESC, e.recorded_at DESC, e.event_id LIMIT 1`,
    [end],
  );
  const evaluation = rows[0];
  if (!evaluation) return null;
  const { rows: events } = await pool.query<Row>(
    'SELECT event_id, type, data, recorded_at FROM event_store.events WHERE stream_id = $1 ORDER BY stream_revision',
    [evaluation.stream_id],
  );
  const started = events[0].data as {
    activationId: string;
    exercise: boolean;
    plan: { title: string };
    scope: { area: string | null; institution: string | null };
  };
  const ofType = (type: string) => events.filter((e) => e.type === `crisis-readiness.${type}.v1`);
  const decision = ofType('decision-logged')[0];
  if (!decision) return null;
  return {
    activationId: started.activationId,
    exercise: started.exercise,
    planTitle: started.plan.title,
    institution: started.scope.institution,
    area: started.scope.area,
    evaluationReference: String(evaluation.data.referenceId),
    evaluatedAt: new Date(evaluation.recorded_at),
    leadRef: String((events[0].data as { activatedBy: string }).activatedBy),
    decisionEventId: decision.event_id,
    communicationEventId: ofType('communication-logged')[0]?.event_id ?? null,
    roleEventIds: ofType('role-filled').map((e) => e.event_id),
    evaluationEventId: evaluation.event_id,
  };
}

/** The demo's running exercise (the IT outage), with its first decision: a huddle looks at it while it runs. */
async function findExercise(pool: Pool, end: Date) {
  const { rows } = await pool.query<Row & { stream_id: string }>(
    `SELECT s.stream_id FROM event_store.events s
      WHERE s.type = 'crisis-readiness.activation-started.v1' AND (s.data->>'exercise')::boolean AND s.recorded_at <= $1
        AND EXISTS (SELECT 1 FROM event_store.events d WHERE d.stream_id = s.stream_id AND d.type = 'crisis-readiness.decision-logged.v1')
      ORDER BY s.recorded_at DESC, s.event_id LIMIT 1`,
    [end],
  );
  if (!rows[0]) return null;
  const { rows: events } = await pool.query<Row>(
    'SELECT event_id, type, data, recorded_at FROM event_store.events WHERE stream_id = $1 ORDER BY stream_revision',
    [rows[0].stream_id],
  );
  const started = events[0].data as {
    activationId: string;
    activatedBy: string;
    plan: { title: string };
    scope: { area: string | null; institution: string | null };
  };
  const decision = events.find((e) => e.type === 'crisis-readiness.decision-logged.v1')!;
  return {
    activationId: started.activationId,
    exercise: true,
    planTitle: started.plan.title,
    institution: started.scope.institution,
    area: started.scope.area,
    leadRef: String(started.activatedBy),
    decisionEventId: decision.event_id,
    communicationEventId: null,
    roleEventIds: [],
    lastAt: new Date(events[events.length - 1].recorded_at),
  };
}

async function record(runner: CommandRunner, setNow: (at: Date) => void, reviewId: string, steps: DemoStep[]): Promise<void> {
  const { model, namespace } = REVIEW_STREAM;
  for (const [index, step] of steps.entries()) {
    setNow(step.at);
    await runner.run(
      { streamId: reviewStreamId(reviewId), model, namespace, decide: step.decide },
      {
        actor: step.actor,
        correlationId: deterministicUuid('vigil-demo-learning', reviewId, String(index)),
        eventIds: (i) => deterministicUuid('vigil-demo-learning-event', reviewId, String(index), String(i)),
      },
    );
  }
}

/**
 * Two demo reviews recorded through the kernel's command runner and the reviews' own deciders, on a store whose clock is each
 * step's time: a full review of a real-looking episode from the incident demo, published, and an after-action review of the
 * crisis demo's evaluated activation, left as a draft. Needs the incident and crisis demos (they load first) and the starter
 * catalogue. A review already in the store is left alone. Returns how many it recorded.
 */
export async function seedLearningDemo(
  databaseUrl: string,
  log: (line: string) => void = () => undefined,
  end = new Date(),
  openStore?: StoreOpener,
): Promise<number> {
  let now = end;
  const clock = { now: () => now };
  const store = openLoaderStore(databaseUrl, { clock }, openStore);
  const runner = new CommandRunner(store, clock);
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  let recorded = 0;
  try {
    const catalogue = (await runner.load(CATALOGUE_STREAM_ID, CATALOGUE_STREAM.model)).state;
    const inCatalogue = new Map(catalogue.interventions.map((i) => [i.id, catalogue.version]));
    const plans: { key: string; steps: (reviewId: string) => DemoStep[] | null }[] = [];
    const episode = await findEpisode(pool, end);
    if (episode) plans.push({ key: `episode-${episode.incidentId}`, steps: (id) => episodeReview(id, episode, inCatalogue) });
    const activation = await findActivation(pool, end);
    if (activation) {
      const start = new Date(
        Math.max(activation.evaluatedAt.getTime() + 5 * 60_000, Math.min(activation.evaluatedAt.getTime() + DAY, end.getTime() - 2 * DAY)),
      );
      plans.push({ key: `activation-${activation.activationId}`, steps: (id) => activationReview(id, activation, inCatalogue, start, end) });
    }
    const exercise = await findExercise(pool, end);
    if (exercise) {
      const start = new Date(exercise.lastAt.getTime() + 1000); // after what it looks at; its steps a few seconds apart
      plans.push({ key: `exercise-${exercise.activationId}`, steps: (id) => exerciseHuddle(id, exercise, start, end) });
    }
    for (const plan of plans) {
      const reviewId = deterministicUuid('vigil-demo-learning-review', plan.key);
      if ((await store.streamRevision(reviewStreamId(reviewId))) !== null) continue;
      const steps = plan.steps(reviewId)?.filter((s) => s.at.getTime() <= end.getTime());
      if (!steps?.length) continue;
      await record(runner, (at) => (now = at), reviewId, steps);
      recorded++;
    }
    if (recorded)
      log(
        `Recorded ${recorded} demo learning review(s): a published full review of an episode, a draft after-action review of the evaluated fire, a huddle on the running exercise.`,
      );
    else if (!episode || !activation) log('Learning reviews: no demo episode or evaluated activation found; no demo reviews recorded.');
    return recorded;
  } finally {
    await pool.end();
    await store.close();
  }
}
