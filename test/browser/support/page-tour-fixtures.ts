import { loadStarterLibrary } from '@vigil/action-cards';
import { loadStarterPlans } from '@vigil/crisis-readiness';
import { incidentReport } from '../../support/fixtures';
import { ACTOR, eventually, signedIn } from '../../support/vigil-test-app';
import { Vigil } from './browser-harness';
import { learningData } from './learning-page-fixtures';

const LEAD = 'ST-LEAD01';
const DAY = 86_400_000;
/** How long before today the real activation was activated, so its first step is ticked off days late. */
export const DAYS_AGO = 10;

export interface TourData {
  /** A real activation of the riot plan, activated DAYS_AGO days ago, with two decisions, the second correcting the first. */
  activationId: string;
  /** Its action-card run: the first step ticked off today (days late), the second skipped with a reason. */
  activationRunId: string;
  firstStepTitle: string;
  /** An exercise, stood down. */
  stoodDownId: string;
  /** A run started by hand, and one the start policy started from an incident. */
  manualRunId: string;
  incidentRunId: string;
  incidentId: string;
  reviewId: string;
}

interface RunStep {
  stepId: string;
  title: string;
  mandatory: boolean;
}

/**
 * Everything the page tours open, set up through the API: the starter cards and plans, a real activation (activated days
 * ago, so its steps are due long before they are closed), an exercise stood down, a run started by hand, a run started
 * from an incident, and a learning review.
 */
export async function tourData(vigil: Vigil): Promise<TourData> {
  const api = (method: 'get' | 'post', path: string) => vigil.http()[method](path).set(signedIn(LEAD));
  await loadStarterLibrary(vigil.databaseUrl);
  await loadStarterPlans(vigil.databaseUrl);
  await eventually(async () => ((await api('get', '/crisis-plans/riot/versions/1')).status === 200 ? true : undefined));
  await eventually(async () => {
    const res = await api('get', '/action-card-templates');
    return res.body.items?.some((t: { templateId: string; currentVersion: number | null }) => t.templateId === 'violence-against-employee' && t.currentVersion)
      ? true
      : undefined;
  });

  vigil.clock.set(new Date(Date.now() - DAYS_AGO * DAY));
  const activation = await api('post', '/crisis-activations')
    .send({
      planId: 'riot',
      scope: { kind: 'unit', area: 'syddanmark', institution: 'nyborg', unit: 'afdeling-b' },
      exercise: false,
      reason: 'Uro i afdeling B.',
    })
    .expect(201);
  const activationId: string = activation.body.activationId;
  const activationRunId: string = await eventually(async () => (await api('get', `/action-card-replays/${activationId}`)).body.runs?.[0]?.runId, 30_000);
  vigil.clock.set(null);

  const run = async () => (await api('get', `/action-card-runs/${activationRunId}`).expect(200)).body as { revision: number; steps: RunStep[] };
  // The deadline worker records the steps as overdue as the clock comes back to today: act on the revision as it then stands.
  const act = async (stepId: string, action: string, body: object) => {
    for (let attempt = 0; attempt < 50; attempt++) {
      const res = await api('post', `/action-card-runs/${activationRunId}/steps/${stepId}/${action}`).send({
        expectedRevision: (await run()).revision,
        ...body,
      });
      if (res.status === 201 || res.status === 200) return;
      if (res.status !== 409) throw new Error(`${action} of ${stepId}: ${res.status} ${JSON.stringify(res.body)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`${action} of ${stepId}: 409 every time`);
  };
  const [first, second] = (await run()).steps;
  await act(first.stepId, 'completion', { note: 'Gjort, men sent.' });
  await act(second.stepId, 'skipping', { justification: 'Ikke relevant i denne situation.' });

  const decision = (extra: Record<string, unknown>) => ({
    decision: 'Afdeling B aflåses.',
    rationale: 'Personalets sikkerhed.',
    legalBasis: 'Straffuldbyrdelsesloven § 64',
    alternativesConsidered: ['Dialog med talsperson'],
    decidedBy: 'ST-2M8X4R',
    decidedAt: new Date().toISOString(),
    ...extra,
  });
  const d1 = await api('post', `/crisis-activations/${activationId}/decisions`).send(decision({})).expect(201);
  await api('post', `/crisis-activations/${activationId}/decisions`)
    .send(decision({ legalBasis: 'Straffuldbyrdelsesloven § 66', corrects: d1.body.entryId, correctionReason: 'Forkert paragraf.' }))
    .expect(201);

  const exercise = await api('post', '/crisis-activations')
    .send({ planId: 'it-outage', scope: { kind: 'national' }, exercise: true, reason: 'Øvelse: bortfald af telefoni.' })
    .expect(201);
  const stoodDownId: string = exercise.body.activationId;
  const exerciseRevision = await eventually(async () => {
    const res = await api('get', `/crisis-activations/${stoodDownId}`);
    return res.status === 200 ? (res.body.revision as number) : undefined;
  });
  await api('post', `/crisis-activations/${stoodDownId}/stand-down`).send({ reason: 'Øvelsen er slut.', expectedRevision: exerciseRevision }).expect(200);

  const manual = await api('post', '/action-card-runs')
    .send({ templateId: 'violence-against-employee', area: 'syddanmark', institution: 'nyborg' })
    .expect(201);
  const incidentId: string = (await vigil.http().post('/incidents').set(signedIn(ACTOR)).send(incidentReport()).expect(201)).body.incidentId;
  const incidentRunId: string = await eventually(async () => {
    const res = await api('get', '/action-card-board');
    const runs = (res.body.groups ?? []).flatMap((g: { runs: { runId: string; trigger: string }[] }) => g.runs);
    const byIncident = [];
    for (const r of runs.filter((x: { trigger: string }) => x.trigger === 'incident')) {
      const detail = (await api('get', `/action-card-runs/${r.runId}`)).body;
      if (detail.trigger?.incidentId === incidentId) byIncident.push(r.runId);
    }
    return byIncident[0];
  });
  const { reviewId } = await learningData(vigil);
  await eventually(async () => ((await api('get', '/crisis-activations?status=stood-down')).body.items?.length ? true : undefined));
  return { activationId, activationRunId, firstStepTitle: first.title, stoodDownId, manualRunId: manual.body.runId, incidentRunId, incidentId, reviewId };
}
