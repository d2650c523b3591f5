import { loadStarterLibrary } from '@vigil/action-cards';
import { loadStarterPlans } from '@vigil/crisis-readiness';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { ACTOR, eventually, startVigil, signedIn } from '../support/vigil-test-app';

type Vigil = Awaited<ReturnType<typeof startVigil>>;
const T0 = new Date('2026-03-20T10:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

describe('crisis activations start action-card runs, and exercises replay against them, over HTTP', () => {
  let vigil: Vigil;
  let pool: Pool;
  let activationId: string;
  let threatRun: string;
  beforeAll(async () => {
    vigil = await startVigil();
    pool = new Pool({ connectionString: vigil.databaseUrl, max: 2 });
    await loadStarterLibrary(vigil.databaseUrl);
    await loadStarterPlans(vigil.databaseUrl);
  });
  afterAll(async () => {
    vigil.clock.set(null);
    await pool.end();
    await vigil.close();
  });

  const post = (path: string, body: object) => vigil.http().post(path).set(signedIn(ACTOR)).send(body);
  const get = (path: string) => vigil.http().get(path).set(signedIn(ACTOR));
  /** Completes a step; the workflow may append a passed deadline to the run at the same moment, so a lost race is retried. */
  const complete = (runId: string, stepId: string) =>
    eventually(async () => {
      const res = await post(`/action-card-runs/${runId}/steps/${stepId}/completion`, {});
      return res.status === 200 ? res : undefined;
    });

  it('activates a national exercise and shows its runs on the board under "national", marked as exercise', async () => {
    await eventually(async () => ((await get('/crisis-plans/threats-against-staff/versions/1')).status === 200 ? true : undefined));
    await eventually(async () => ((await get('/action-card-templates')).body.items?.length >= 11 ? true : undefined));
    vigil.clock.set(T0);
    const res = await post('/crisis-activations', {
      planId: 'threats-against-staff',
      scope: { kind: 'national' },
      exercise: true,
      reason: 'Øvelse: trusler mod ansatte i hele landet.',
    }).expect(201);
    activationId = res.body.activationId;

    const board = await eventually(async () => {
      const b = await get('/action-card-board?area=national');
      return b.body.openRuns === 2 ? b : undefined;
    });
    expect(board.body.groups).toHaveLength(1);
    expect(board.body.groups[0]).toMatchObject({ area: 'national', institution: null });
    const runs = board.body.groups[0].runs as Record<string, unknown>[];
    expect(runs.map((r) => [r.templateId, r.trigger, r.exercise, r.activationId]).sort()).toEqual([
      ['threat-against-employee', 'crisis-activation', true, activationId],
      ['threats-against-employee-off-duty', 'crisis-activation', true, activationId],
    ]);
    threatRun = runs.find((r) => r.templateId === 'threat-against-employee')!.runId as string;
    const detail = await get(`/action-card-runs/${threatRun}`).expect(200);
    expect(detail.body).toMatchObject({
      exercise: true,
      activationId,
      area: 'national',
      startedAt: T0.toISOString(),
      trigger: { type: 'crisis-activation', activationId, planId: 'threats-against-staff', exercise: true },
    });
    const started = await pool.query(
      `SELECT count(*)::int AS n FROM event_store.events WHERE type = 'action-cards.run-started.v1' AND data->'trigger'->>'activationId' = $1`,
      [activationId],
    );
    expect(started.rows[0].n).toBe(2);
  });

  it('replays the exercise: one step on time, one late, the rest open, each against its deadline from activation', async () => {
    vigil.clock.set(at(10));
    await complete(threatRun, 'immediate-safety'); // deadline 30 min
    vigil.clock.set(at(150));
    await complete(threatRun, 'contact-manager'); // deadline 2 h: half an hour late

    const replay = await eventually(async () => {
      const res = await get(`/action-card-replays/${activationId}`);
      const run = res.body.runs?.find((r: { runId: string }) => r.runId === threatRun);
      return run?.summary.late === 1 ? res : undefined;
    });
    expect(replay.body).toMatchObject({
      activationId,
      exercise: true,
      planId: 'threats-against-staff',
      activatedAt: T0.toISOString(),
      notStarted: [],
      pending: [],
    });
    expect(replay.body.runs).toHaveLength(2);
    const run = replay.body.runs.find((r: { runId: string }) => r.runId === threatRun);
    expect(run.steps.slice(0, 3)).toMatchObject([
      {
        stepId: 'immediate-safety',
        deadline: { after: 'PT30M', minutesAfterActivation: 30, dueAt: at(30).toISOString() },
        status: 'done',
        closedBy: ACTOR,
        minutesAfterActivation: 10,
        verdict: 'on-time',
      },
      {
        stepId: 'contact-manager',
        deadline: { minutesAfterActivation: 120, dueAt: at(120).toISOString() },
        status: 'done',
        minutesAfterActivation: 150,
        verdict: 'late',
      },
      { stepId: 'risk-assessment', status: 'open', closedAt: null, verdict: 'open', pastDeadline: false },
    ]);
    const logged = await pool.query('SELECT actor, view FROM access_log WHERE resource = $1', [`action-card-replay/${activationId}`]);
    expect(logged.rows[0]).toEqual({ actor: ACTOR, view: 'replay' });
    await get(`/action-card-replays/${randomUUID()}`).expect(404);
    const bad = await get('/action-card-replays/not-a-uuid').expect(400);
    expect(bad.body.errors[0].field).toBe('activationId');
  });

  it('keeps exercise runs out of the uniform-handling figures unless asked for alone', async () => {
    const real = await get('/action-card-figures?templateId=threat-against-employee').expect(200);
    expect(real.body).toMatchObject({ exercises: 'excluded', items: [] });
    const drills = await get('/action-card-figures?templateId=threat-against-employee&exercises=only').expect(200);
    expect(drills.body.items).toEqual([expect.objectContaining({ templateId: 'threat-against-employee', area: 'national', runs: 1, onTime: 1, late: 1 })]);
  });
});
