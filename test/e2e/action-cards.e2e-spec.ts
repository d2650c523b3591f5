import { loadStarterLibrary } from '@vigil/action-cards';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import { ACTOR, eventually, startVigil, signedIn } from '../support/vigil-test-app';

type Vigil = Awaited<ReturnType<typeof startVigil>>;
const OTHER = 'ST-2M8X4R';

const violence = {
  kind: 'violence',
  target: 'staff-on-duty',
  perpetrator: 'inmate',
  location: { type: 'institution', area: 'syddanmark', institution: 'nyborg', unit: 'afdeling-b' },
  severity: 'moderate',
  injuries: { physical: 'minor', psychological: true },
  occurredAt: '2026-03-14T21:30:00+01:00',
  description: 'Indsat slog ud efter betjent under visitation.',
  involved: [{ ref: 'ST-7K3Q9P', role: 'target' }],
};

/** Opens a server-sent-event stream over real HTTP and collects its messages. */
function openSse(port: number, path: string) {
  const messages: { event: string; data: Record<string, unknown> }[] = [];
  let buffer = '';
  const request = http.get({ host: '127.0.0.1', port, path, headers: { ...signedIn(ACTOR), Accept: 'text/event-stream' } }, (response) => {
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => {
      buffer += chunk;
      const blocks = buffer.split('\n\n');
      buffer = blocks.pop()!;
      for (const block of blocks) {
        const event = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (data) messages.push({ event, data: JSON.parse(data) });
      }
    });
  });
  request.on('error', () => undefined);
  return { messages, close: () => request.destroy() };
}

describe('action cards over HTTP', () => {
  let vigil: Vigil;
  let pool: Pool;
  let runId: string;
  /** The run revision the last command answered with (the read model may still trail it). */
  let latest = 0;
  beforeAll(async () => {
    vigil = await startVigil();
    pool = new Pool({ connectionString: vigil.databaseUrl, max: 2 });
    await loadStarterLibrary(vigil.databaseUrl);
  });
  afterAll(async () => {
    await pool.end();
    await vigil.close();
  });

  const post = (path: string, body: object) => vigil.http().post(path).set(signedIn(ACTOR)).send(body);
  const get = (path: string) => vigil.http().get(path).set(signedIn(ACTOR));
  const step = (id: string, action: string) => `/action-card-runs/${runId}/steps/${id}/${action}`;
  const detailAt = (revision: number) =>
    eventually(async () => {
      const res = await get(`/action-card-runs/${runId}`);
      return res.status === 200 && res.body.revision >= revision ? res : undefined;
    });

  it('publishes the starter library and shows the start policy', async () => {
    const list = await eventually(async () => {
      const res = await get('/action-card-templates');
      return res.body.items?.length >= 11 ? res : undefined;
    });
    expect(list.body.items.map((t: { templateId: string }) => t.templateId)).toEqual(
      expect.arrayContaining(['violence-against-employee', 'threats-against-employee-off-duty', 'security-cell-placement', 'crisis-hostage-taking']),
    );
    const version = await get('/action-card-templates/threats-against-employee-off-duty/versions/1').expect(200);
    expect(version.body.card.steps.filter((s: { id: string }) => s.id.startsWith('advice-'))).toHaveLength(10);
    const policy = await eventually(async () => {
      const res = await get('/action-card-start-policy');
      return res.body.inForce ? res : undefined;
    });
    expect(policy.body.rules[0]).toMatchObject({ incidentKind: 'violence', templateId: 'violence-against-employee' });
  });

  it('starts a run from a reported incident, exactly once, and shows it on the board', async () => {
    const incident = await post('/incidents', violence).expect(201);
    const board = await eventually(async () => {
      const res = await get('/action-card-board?area=syddanmark&institution=nyborg');
      return res.body.openRuns >= 1 ? res : undefined;
    });
    const run = board.body.groups[0].runs.find((r: { incidentId: string }) => r.incidentId === incident.body.incidentId);
    expect(run).toMatchObject({ templateId: 'violence-against-employee', templateVersion: 1, trigger: 'incident', nextDue: { stepId: 'person-safety' } });
    runId = run.runId;
    const started = await pool.query(
      `SELECT count(*)::int AS n FROM event_store.events WHERE type = 'action-cards.run-started.v1' AND data->'trigger'->>'incidentId' = $1`,
      [incident.body.incidentId],
    );
    expect(started.rows[0].n).toBe(1);
  });

  it('ticks steps off in order, with the note the card requires, and keeps who did it', async () => {
    await post(step('contact-manager', 'completion'), { note: 'Leder orienteret' })
      .expect(409)
      .expect((res) => expect(res.body.type).toMatch(/prerequisites-open/));
    const done = await post(step('person-safety', 'completion'), {}).expect(200);
    expect(done.headers.etag).toBe('"1"');
    const noNote = await post(step('contact-manager', 'completion'), {}).expect(400);
    expect(noNote.body.errors[0].field).toBe('note');
    await post(step('contact-manager', 'completion'), { note: 'Nærmeste leder ST-4K9P2Q orienteret kl. 21.50' }).expect(200);
    await post(step('psychological-first-aid', 'assignment'), { person: 'Hansen' }).expect(400);
    await post(step('psychological-first-aid', 'assignment'), { person: 'ST-4K9P2Q' }).expect(200);
    const detail = await detailAt(3);
    expect(detail.body.card.title).toBe('Vold mod medarbejder');
    expect(detail.body.steps.find((s: { stepId: string }) => s.stepId === 'contact-manager')).toMatchObject({
      status: 'done',
      completedBy: ACTOR,
      noteRequired: true,
    });
    expect(detail.body.timeline.map((t: { type: string; actor: string }) => [t.type, t.actor])).toEqual([
      ['action-cards.run-started.v1', 'SYS-ACTIONCARDS'],
      ['action-cards.step-completed.v1', ACTOR],
      ['action-cards.step-completed.v1', ACTOR],
      ['action-cards.step-assigned.v1', ACTOR],
    ]);
  });

  it('skips a mandatory step only with a justification', async () => {
    const refused = await post(step('register-incident', 'skipping'), {}).expect(400);
    expect(refused.body.errors[0].field).toBe('justification');
    const skipped = await post(step('register-incident', 'skipping'), { justification: 'Registreret direkte af vagthavende' }).expect(200);
    expect(skipped.body.state.steps.find((s: { stepId: string }) => s.stepId === 'register-incident')).toMatchObject({
      status: 'skipped',
      justification: 'Registreret direkte af vagthavende',
    });
    latest = skipped.body.revision;
    await post(step('register-incident', 'reopening'), { reason: '' }).expect(400);
  });

  it('lets one of two coordinators win the same step; the other gets 409 with the current state', async () => {
    const { body } = await detailAt(latest);
    const both = await Promise.all([
      post(step('psychological-first-aid', 'completion'), {}).set('If-Match', `"${body.revision}"`),
      vigil.http().post(step('psychological-first-aid', 'completion')).set(signedIn(OTHER)).set('If-Match', `"${body.revision}"`).send({}),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    const loser = both.find((r) => r.status === 409)!;
    expect(loser.body).toMatchObject({ currentRevision: body.revision + 1, current: { status: 'open' } });
    expect(loser.body.current.steps.find((s: { stepId: string }) => s.stepId === 'psychological-first-aid').status).toBe('done');
    // A stale client is refused too, even for another step.
    await post(step('police-report', 'completion'), { note: 'J.nr. 2300-123', expectedRevision: body.revision }).expect(409);
    await post(step('police-report', 'completion'), { note: 'J.nr. 2300-123' }).set('If-Match', '"1"').expect(409);
  });

  it('pushes changes to watchers of the run and of the board over server-sent events', async () => {
    await vigil.app.listen(0, '127.0.0.1');
    const { port } = vigil.app.getHttpServer().address() as AddressInfo;
    const run = openSse(port, `/action-card-runs/${runId}/live`);
    const board = openSse(port, '/action-card-board/live?area=syddanmark');
    const elsewhere = openSse(port, '/action-card-board/live?area=hovedstaden');
    try {
      await eventually(async () =>
        run.messages.some((m) => m.event === 'ready') && board.messages.some((m) => m.event === 'ready') && elsewhere.messages.length ? true : undefined,
      );
      const done = await post(step('police-report', 'completion'), { note: 'J.nr. 2300-123' }).expect(200);
      const pushed = await eventually(async () => run.messages.find((m) => m.event === 'run-changed' && m.data.revision === done.body.revision));
      expect(pushed.data).toMatchObject({ runId, stepId: 'police-report', type: 'action-cards.step-completed.v1' });
      expect(JSON.stringify(pushed.data)).not.toContain('J.nr.'); // notes stay out of the feed
      await eventually(async () => board.messages.find((m) => m.event === 'run-changed' && m.data.runId === runId));
      expect(elsewhere.messages.filter((m) => m.event === 'run-changed')).toEqual([]);
    } finally {
      run.close();
      board.close();
      elsewhere.close();
    }
  });

  it('records each passed deadline once, with the deadline as dueAt, and escalates after the grace period', async () => {
    const { body } = await get(`/action-card-runs/${runId}`).expect(200);
    const startedAt = new Date(body.startedAt).getTime();
    vigil.clock.set(new Date(startedAt + 10 * 86_400_000)); // ten days later: follow-up conversation (7 days) is past due
    const escalated = await eventually(async () => {
      const res = await pool.query(`SELECT data FROM event_store.events WHERE stream_id = $1 AND type = 'action-cards.step-escalated.v1'`, [
        `actioncardrun-${runId}`,
      ]);
      return res.rows.some((r) => r.data.stepId === 'follow-up-conversation') ? res : undefined;
    });
    expect(escalated.rows[0].data.escalatedTo).toBe('institution-manager');
    await new Promise((r) => setTimeout(r, 1500)); // several more polls of the workflow
    const overdue = await pool.query(
      `SELECT data->>'stepId' AS step, data->>'dueAt' AS "dueAt", count(*)::int AS n FROM event_store.events WHERE stream_id = $1 AND type = 'action-cards.step-became-overdue.v1' GROUP BY 1, 2`,
      [`actioncardrun-${runId}`],
    );
    expect(overdue.rows.map((r) => r.step).sort()).toEqual(['follow-up-conversation', 'offer-psychologist']);
    expect(overdue.rows.every((r) => r.n === 1)).toBe(true);
    const followUp = overdue.rows.find((r) => r.step === 'follow-up-conversation');
    expect(followUp.dueAt).toBe(new Date(startedAt + 7 * 86_400_000).toISOString());
    const board = await eventually(async () => {
      const res = await get('/action-card-board?area=syddanmark');
      const row = res.body.groups?.[0]?.runs.find((r: { runId: string }) => r.runId === runId);
      return row?.overdue.some((s: { escalatedTo: string | null }) => s.escalatedTo) ? row : undefined;
    });
    expect(board.overdue.map((s: { stepId: string }) => s.stepId)).toEqual(expect.arrayContaining(['follow-up-conversation']));
    const figures = await get('/action-card-figures?templateId=violence-against-employee&area=syddanmark').expect(200);
    expect(figures.body.items[0]).toMatchObject({ templateId: 'violence-against-employee', area: 'syddanmark', runs: 1, mandatory: 7, skipped: 1 });
    vigil.clock.set(null);
  });

  it('drafts, validates and publishes a card; a published version never changes', async () => {
    const card = {
      templateId: 'e2e-lockdown',
      title: 'Nedlukning',
      situation: 'crisis-scenario',
      steps: [
        { id: 'lock', title: 'Lås', instructions: 'Lås alle døre.', responsibleRole: 'duty-officer', deadline: 'PT5M' },
        { id: 'report', title: 'Rapportér', instructions: 'Rapportér.', responsibleRole: 'crisis-coordinator', deadline: 30, prerequisites: ['lock'] },
      ],
    };
    const cyclic = { ...card, steps: [{ ...card.steps[0], prerequisites: ['report'] }, card.steps[1]] };
    const refused = await post('/action-card-templates', cyclic).expect(400);
    expect(refused.body.errors[0].field).toBe('steps.0.prerequisites');
    await post('/action-card-templates', { ...card, steps: [card.steps[0], card.steps[0]] })
      .expect(400)
      .expect((res) => expect(res.body.errors[0].field).toBe('steps.1.id'));
    await post('/action-card-templates', card).expect(201);
    await post('/action-card-templates/e2e-lockdown/publication', {}).expect(200);
    const { templateId: _t, ...content } = card;
    await vigil
      .http()
      .put('/action-card-templates/e2e-lockdown/draft')
      .set(signedIn(ACTOR))
      .send({ ...content, title: 'Nedlukning v2' })
      .expect(200);
    await post('/action-card-templates/e2e-lockdown/publication', {}).expect(200);
    const v1 = await eventually(async () => {
      const res = await get('/action-card-templates/e2e-lockdown/versions/1');
      return res.body.status === 'superseded' ? res : undefined;
    });
    expect(v1.body.card.title).toBe('Nedlukning');
    await get('/action-card-templates/e2e-lockdown/versions/2')
      .expect(200)
      .expect((res) => expect(res.body.card.title).toBe('Nedlukning v2'));
  });
});
