import { loadStarterPlans } from '@vigil/crisis-readiness';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import { ACTOR, eventually, startVigil, signedIn } from '../support/vigil-test-app';

type Vigil = Awaited<ReturnType<typeof startVigil>>;
const LEAD = 'ST-2M8X4R';
const LOGGER = 'ST-9X1L5V';
const T0 = new Date('2026-03-20T10:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

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

describe('crisis readiness over HTTP', () => {
  let vigil: Vigil;
  let pool: Pool;
  let activationId: string;
  let firstDecision: string;
  let correction: string;
  beforeAll(async () => {
    vigil = await startVigil();
    pool = new Pool({ connectionString: vigil.databaseUrl, max: 2 });
    await loadStarterPlans(vigil.databaseUrl);
  });
  afterAll(async () => {
    await pool.end();
    await vigil.close();
  });

  const post = (path: string, body: object) => vigil.http().post(path).set(signedIn(ACTOR)).send(body);
  const put = (path: string, body: object) => vigil.http().put(path).set(signedIn(ACTOR)).send(body);
  const get = (path: string) => vigil.http().get(path).set(signedIn(ACTOR));
  const detailAt = (revision: number) =>
    eventually(async () => {
      const res = await get(`/crisis-activations/${activationId}`);
      return res.status === 200 && res.body.revision >= revision ? res : undefined;
    });
  const decision = (overrides: object = {}) => ({
    decision: 'Afdeling B aflåses; indsatte holdes på cellerne.',
    rationale: 'Personalets sikkerhed; uroen breder sig.',
    legalBasis: 'Straffuldbyrdelsesloven § 64',
    alternativesConsidered: ['Dialog med talsperson for de indsatte'],
    decidedBy: LEAD,
    decidedAt: at(9).toISOString(),
    ...overrides,
  });

  it('publishes the starter plans, each naming its action cards, roles and revision date', async () => {
    const list = await eventually(async () => {
      const res = await get('/crisis-plans');
      return res.body.items?.length >= 9 ? res : undefined;
    });
    expect(list.body.items.map((p: { planId: string }) => p.planId)).toEqual(
      expect.arrayContaining(['riot', 'hostage-taking', 'escape', 'fire', 'pandemic', 'it-outage', 'threats-against-staff', 'death-in-custody']),
    );
    const riot = await get('/crisis-plans/riot/versions/1').expect(200);
    expect(riot.body.content).toMatchObject({ actionCardTemplateIds: ['crisis-riot'], roles: ['crisis-lead', 'log-keeper', 'communications', 'liaison'] });
  });

  it('activates readiness from the plan, pinning its version and action cards in the started event', async () => {
    vigil.clock.set(T0);
    const res = await post('/crisis-activations', {
      planId: 'riot',
      scope: { kind: 'unit', area: 'syddanmark', institution: 'nyborg', unit: 'afdeling-b' },
      exercise: false,
      reason: 'Uro i afdeling B.',
    }).expect(201);
    activationId = res.body.activationId;
    expect(res.body).toMatchObject({ exercise: false, revision: 0 });
    expect(res.headers.location).toBe(`/crisis-activations/${activationId}`);
    const { rows } = await pool.query('SELECT type, data FROM event_store.events WHERE stream_id = $1', [`crisisactivation-${activationId}`]);
    expect(rows[0].type).toBe('crisis-readiness.activation-started.v1');
    expect(rows[0].data).toMatchObject({ plan: { planId: 'riot', version: 1 }, actionCardTemplateIds: ['crisis-riot'], level: 'tactical', exercise: false });
  });

  it('fills roles and hands one over; raises the level with a reason', async () => {
    vigil.clock.set(at(2));
    await put(`/crisis-activations/${activationId}/roles/crisis-lead`, { holder: LEAD }).expect(200);
    await put(`/crisis-activations/${activationId}/roles/log-keeper`, { holder: LOGGER }).expect(200);
    vigil.clock.set(at(6));
    const handed = await put(`/crisis-activations/${activationId}/roles/crisis-lead`, { holder: 'ST-4H7N2K', note: 'Vagtskifte' }).expect(200);
    vigil.clock.set(at(8));
    const raised = await post(`/crisis-activations/${activationId}/level`, {
      level: 'strategic',
      reason: 'En betjent holdes tilbage i afdelingen.',
      expectedRevision: handed.body.revision,
    }).expect(200);
    expect(raised.headers.etag).toBe(`"${raised.body.revision}"`);
    const detail = await detailAt(raised.body.revision);
    expect(detail.body).toMatchObject({ exercise: false, level: 'strategic', status: 'active' });
    expect(detail.body.roles.filter((r: { vacant: boolean }) => !r.vacant).map((r: { role: string; holder: string }) => [r.role, r.holder])).toEqual([
      ['crisis-lead', 'ST-4H7N2K'],
      ['log-keeper', LOGGER],
    ]);
  });

  it('refuses a stale revision with 409 and the current revision', async () => {
    const res = await post(`/crisis-activations/${activationId}/level`, { level: 'operational', reason: 'Ro.', expectedRevision: 0 }).expect(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ expectedRevision: 0, currentRevision: 4 });
  });

  it('refuses bad input with 400 naming the field', async () => {
    const surname = await post(`/crisis-activations/${activationId}/decisions`, decision({ decidedBy: 'Hansen' })).expect(400);
    expect(surname.body.errors.map((e: { field: string }) => e.field)).toEqual(['decidedBy']);
    const noAlternatives = await post(`/crisis-activations/${activationId}/decisions`, decision({ alternativesConsidered: [] })).expect(400);
    expect(noAlternatives.body.errors[0].field).toBe('alternativesConsidered');
    const scope = await post('/crisis-activations', {
      planId: 'riot',
      scope: { kind: 'unit', area: 'syddanmark', institution: 'nyborg' },
      exercise: false,
      reason: 'x',
    }).expect(400);
    expect(scope.body.errors[0].field).toBe('scope.unit');
  });

  it('logs a decision and its correction: both stay visible, the first marked corrected-by the second', async () => {
    vigil.clock.set(at(10));
    firstDecision = (await post(`/crisis-activations/${activationId}/decisions`, decision()).expect(201)).body.entryId;
    vigil.clock.set(at(20));
    const fixed = await post(
      `/crisis-activations/${activationId}/decisions`,
      decision({ legalBasis: 'Straffuldbyrdelsesloven § 66', corrects: firstDecision, correctionReason: 'Forkert paragraf.' }),
    ).expect(201);
    correction = fixed.body.entryId;
    const again = await post(`/crisis-activations/${activationId}/decisions`, decision({ corrects: firstDecision, correctionReason: 'igen' })).expect(409);
    expect(again.body.errors[0].field).toBe('corrects');
    const detail = await detailAt(fixed.body.revision);
    expect(detail.body.decisions.map((d: Record<string, unknown>) => [d.entryId, d.legalBasis, d.corrected, d.correctedBy, d.corrects])).toEqual([
      [firstDecision, 'Straffuldbyrdelsesloven § 64', true, correction, null],
      [correction, 'Straffuldbyrdelsesloven § 66', false, null, firstDecision],
    ]);
  });

  it('pushes a board change over server-sent events when a communication is logged', async () => {
    const port = await new Promise<number>((resolve) => {
      const server = vigil.app.getHttpServer();
      if (!server.listening) server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
      else resolve((server.address() as AddressInfo).port);
    });
    const board = openSse(port, '/crisis-board/live');
    try {
      const ready = await eventually(async () => board.messages.find((m) => m.event === 'ready'));
      vigil.clock.set(at(25));
      const logged = await post(`/crisis-activations/${activationId}/communications`, {
        audience: 'relatives',
        channel: 'phone',
        summary: 'Pårørende orienteret.',
        released: true,
        communicatedBy: LEAD,
        communicatedAt: at(24).toISOString(),
      }).expect(201);
      const changed = await eventually(async () => board.messages.find((m) => m.event === 'board-changed'));
      expect(changed.data.position).not.toBe(ready.data.position);
      const row = (await get('/crisis-board').expect(200)).body.items.find((r: { activationId: string }) => r.activationId === activationId);
      expect(row).toMatchObject({ exercise: false, level: 'strategic' });
      expect(row.latestEntries[0]).toMatchObject({ entryId: logged.body.entryId, kind: 'communication', audience: 'relatives', released: true });
    } finally {
      board.close();
    }
  });

  it('stands down, takes the evaluation with a reference id, and leaves the board', async () => {
    vigil.clock.set(at(60));
    await post(`/crisis-activations/${activationId}/stand-down`, { reason: 'Ro genoprettet; betjenten uskadt.' }).expect(200);
    vigil.clock.set(at(2 * 24 * 60));
    const evaluation = await post(`/crisis-activations/${activationId}/evaluation`, {
      summary: 'Hurtig samling af krisestaben; radiodækning svigtede.',
      points: [
        { kind: 'worked', riskClass: 'organisational', description: 'Roller fordelt inden for 2 minutter.' },
        {
          kind: 'did-not-work',
          riskClass: 'static-technological',
          description: 'Radiodækning i afdeling B.',
          followUps: [{ action: 'Repeater monteres', owner: LOGGER, dueBy: '2026-06-01' }],
        },
      ],
    }).expect(201);
    expect(evaluation.body.referenceId).toMatch(/^[0-9a-f-]{36}$/);
    const detail = await detailAt(evaluation.body.revision);
    expect(detail.body).toMatchObject({ status: 'stood-down', exercise: false, evaluation: { referenceId: evaluation.body.referenceId } });
    const board = await get('/crisis-board').expect(200);
    expect(board.body.items.map((r: { activationId: string }) => r.activationId)).not.toContain(activationId);
  });

  it('replays the timeline to a moment from the stream: who, when, why, and the state then', async () => {
    const full = await get(`/crisis-activations/${activationId}/timeline`).expect(200);
    expect(full.body.exercise).toBe(false);
    expect(full.body.entries.map((e: { type: string }) => e.type.split('.')[1])).toEqual([
      'activation-started',
      'role-filled',
      'role-filled',
      'role-handed-over',
      'level-changed',
      'decision-logged',
      'decision-logged',
      'communication-logged',
      'activation-stood-down',
      'evaluation-recorded',
    ]);
    expect(full.body.entries[4]).toMatchObject({ actor: ACTOR, recordedAt: at(8).toISOString(), why: 'En betjent holdes tilbage i afdelingen.' });
    expect(full.body.entries.map((e: { what: string }) => e.what)).toEqual([
      'Crisis activation of the plan "Uro og mytteri" (version 1) at tactical level',
      `Role of crisis lead filled by ${LEAD}`,
      `Role of log keeper filled by ${LOGGER}`,
      `Role of crisis lead handed over from ${LEAD} to ST-4H7N2K`,
      'Level raised from tactical to strategic',
      'Decision D1 logged',
      'Decision D2 logged, correcting D1',
      'Communication C1 logged',
      'Stood down',
      'Evaluation recorded with 2 points (1 worked, 1 did not)',
    ]);
    const then = await get(`/crisis-activations/${activationId}/timeline?at=${at(15).toISOString()}`).expect(200);
    expect(then.body.state).toMatchObject({ level: 'strategic', status: 'active', exercise: false });
    expect(then.body.state.decisions.map((d: { corrected: boolean }) => d.corrected)).toEqual([false]);
    expect(then.body.eventsRecordedSince).toBe(4);
    const { rows } = await pool.query('SELECT actor, view FROM access_log WHERE resource = $1 ORDER BY id', [`crisis-activation/${activationId}`]);
    expect(rows.map((r) => r.view)).toContain(`timeline at ${at(15).toISOString()}`);
    await get(`/crisis-activations/${activationId}/timeline?at=yesterday`).expect(400);
  });

  it("says the timeline in the reader's language: the plan by its title, the level and the roles in words", async () => {
    const whats = async (language: string) => {
      const res = await get(`/crisis-activations/${activationId}/timeline`).set('Accept-Language', language).expect(200);
      return res.body.entries.map((e: { what: string }) => e.what) as string[];
    };
    const danish = await whats('da');
    expect(danish.slice(0, 5)).toEqual([
      'Kriseaktivering af planen »Uro og mytteri« (version 1) på taktisk niveau',
      `Rollen som krisestabsleder besat af ${LEAD}`,
      `Rollen som logfører besat af ${LOGGER}`,
      `Rollen som krisestabsleder overdraget fra ${LEAD} til ST-4H7N2K`,
      'Niveau hævet fra taktisk til strategisk',
    ]);
    expect(danish).toContain('Beslutning D2 logført, retter D1');
    const norwegian = await whats('nb-NO');
    expect(norwegian[0]).toBe('Kriseaktivering av planen «Uro og mytteri» (versjon 1) på taktisk nivå');
    expect(norwegian[1]).toBe(`Rollen som krisestabsleder besatt av ${LEAD}`);
    expect(norwegian).toContain('Evaluering registrert med 2 punkter (1 virket, 1 virket ikke)');
    expect([...danish, ...norwegian].join('\n')).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-|crisis-lead|tactical|riot/);
  });

  it('marks an exercise everywhere and never records an incident for it', async () => {
    vigil.clock.set(at(3 * 24 * 60));
    const res = await post('/crisis-activations', {
      planId: 'it-outage',
      scope: { kind: 'national' },
      exercise: true,
      reason: 'Øvelse: bortfald af telefoni.',
    }).expect(201);
    expect(res.body.exercise).toBe(true);
    const row = await eventually(async () =>
      (await get('/crisis-board?exercise=true')).body.items?.find((r: { activationId: string }) => r.activationId === res.body.activationId),
    );
    expect(row).toMatchObject({ exercise: true, scope: { kind: 'national', area: null } });
    const list = await get('/crisis-activations').expect(200);
    expect(list.body.items.map((i: { exercise: boolean }) => i.exercise).sort()).toEqual([false, true]);
    const { rows } = await pool.query(`SELECT count(*)::int AS n FROM event_store.events WHERE category = 'incident'`);
    expect(rows[0].n).toBe(0);
  });

  it('shows plans past their revision date as overdue, judged at the moment asked', async () => {
    vigil.clock.set(new Date(Date.now() + 400 * 86_400_000));
    const overdue = await get('/crisis-plans?overdue=true').expect(200);
    expect(overdue.body.items.map((p: { planId: string }) => p.planId)).toEqual(expect.arrayContaining(['riot', 'it-outage']));
    vigil.clock.set(null);
    expect((await get('/crisis-plans?overdue=true').expect(200)).body.items).toEqual([]);
  });
});
