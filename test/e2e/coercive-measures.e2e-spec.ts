import { Pool } from 'pg';
import { ACTOR, eventually, startVigil, signedIn } from '../support/vigil-test-app';

type Vigil = Awaited<ReturnType<typeof startVigil>>;

const START = '2026-03-20T08:00:00.000Z';
const at = (minutes: number) => new Date(new Date(START).getTime() + minutes * 60_000).toISOString();
const DAY = 24 * 60;

const placement = (overrides: Record<string, unknown> = {}) => ({
  measure: 'security-cell',
  restrained: true,
  inmateRef: 'IN-4F7K2Q',
  institution: 'nyborg',
  startedAt: START,
  legalBasis: 'dk-strfl-66-1-1',
  reason: { category: 'violent-resistance', text: 'Voldsom modstand ved visitation.' },
  alternatives: [{ measure: 'de-escalation', outcome: 'tried-insufficient', note: 'Samtale uden effekt.' }],
  decidedBy: 'ST-2M8R4T',
  authorisedBy: 'ST-9X1L5V',
  ...overrides,
});

describe('security-cell placements over HTTP', () => {
  let vigil: Vigil;
  let pool: Pool;
  let id: string;
  beforeAll(async () => {
    vigil = await startVigil();
    pool = new Pool({ connectionString: vigil.databaseUrl, max: 2 });
  });
  afterAll(async () => {
    await pool.end();
    await vigil.close();
  });

  const post = (path: string, body: unknown) =>
    vigil
      .http()
      .post(path)
      .set(signedIn(ACTOR))
      .send(body as object);
  const get = (path: string) => vigil.http().get(path).set(signedIn(ACTOR));
  /** Records a step as it would happen: the clock stands a minute after the fact. */
  const step = (minutes: number, path: string, body: unknown) => {
    vigil.clock.set(new Date(at(minutes + 1)));
    return post(`/coercive-measures/placements/${id}${path}`, body);
  };
  const caseAt = (revision: number, query = '') =>
    eventually(async () => {
      const res = await get(`/coercive-measures/placements/${id}${query}`);
      return res.status === 200 && res.body.revision >= revision ? res : undefined;
    });
  const verdicts = (judgement: { verdicts: { ruleId: string; verdict: string }[] }) => Object.fromEntries(judgement.verdicts.map((v) => [v.ruleId, v.verdict]));

  it('records a placement from start to follow-up conversation, every event with its author', async () => {
    vigil.clock.set(new Date(at(2)));
    const created = await post('/coercive-measures/placements', placement()).expect(201);
    id = created.body.placementId;
    expect(created.headers.location).toBe(`/coercive-measures/placements/${id}`);
    await step(15, '/notes', { observedAt: at(15), note: 'Urolig, råber.' }).expect(200);
    await step(20, '/doctor-call', { calledAt: at(20), reason: 'restraint' }).expect(200);
    await step(30, '/notes', { observedAt: at(30), note: 'Roligere.' }).expect(200);
    await step(70, '/notes', { observedAt: at(70), note: 'Sover.' }).expect(200); // 40 minutes after the last: a breach
    await step(80, '/end', { endedAt: at(80), reason: { category: 'no-longer-necessary', text: 'Faldet til ro.' } }).expect(200);
    await step(90, '/notes', { observedAt: at(85), note: 'For sent.' }).expect(409);
    const held = await step(DAY, '/follow-up-conversation', {
      heldAt: at(DAY),
      heldBy: 'ST-2M8R4T',
      inmateParticipated: true,
      summary: 'Forløbet gennemgået.',
    }).expect(200);
    expect(held.body).toMatchObject({ placementId: id, revision: 6, alreadyRecorded: false });
    const actors = await pool.query(`SELECT DISTINCT metadata->>'actor' AS actor FROM event_store.events WHERE stream_id = $1`, [`coercivemeasure-${id}`]);
    expect(actors.rows).toEqual([{ actor: ACTOR }]);
  });

  it('shows the case with its verdicts and the evidence, and logs the read', async () => {
    vigil.clock.set(new Date(at(2 * DAY)));
    const view = await caseAt(6);
    expect(view.body).toMatchObject({
      status: 'ended',
      institution: 'nyborg',
      inmateRef: 'IN-4F7K2Q',
      judgement: { ruleSet: { country: 'dk', version: 1, title: 'Sikringscelleanbringelse: sagsbehandlingskrav (v1)' }, inForceAtStart: true },
    });
    expect(verdicts(view.body.judgement)).toEqual({
      'observation-notes': 'breached',
      'doctor-called': 'kept',
      'follow-up-conversation': 'kept',
      'management-review': 'not-yet-due',
      'legal-review': 'not-yet-due',
    });
    const notes = view.body.judgement.verdicts.find((v: { ruleId: string }) => v.ruleId === 'observation-notes');
    expect(notes.evidence.map((e: { at: string; revision: number }) => [e.at, e.revision])).toEqual([
      [at(30), 3],
      [at(70), 4],
    ]);
    const log = await pool.query('SELECT actor, view FROM access_log WHERE resource = $1', [`placement/${id}`]);
    expect(log.rows).toContainEqual({ actor: ACTOR, view: 'case' });
  });

  it("words each verdict in the reader's language, durations in hours and days", async () => {
    const read = (language?: string) => {
      const request = get(`/coercive-measures/placements/${id}?at=${at(2 * DAY)}`);
      return (language ? request.set('Accept-Language', language) : request).expect(200);
    };
    const detail = (res: { body: { judgement: { verdicts: { ruleId: string; detail: string }[] } } }, ruleId: string) =>
      res.body.judgement.verdicts.find((v) => v.ruleId === ruleId)!.detail;
    const da = await read('da');
    expect(da.headers['content-language']).toBe('da');
    expect(detail(da, 'follow-up-conversation')).toBe('Opfølgende samtale: 22 timer og 40 minutter efter afslutningen.');
    expect(detail(da, 'observation-notes')).toBe('Den længste pause mellem noterne var 40 minutter (en note → en note); højst 15 minutter er tilladt.');
    const en = await read();
    expect(detail(en, 'follow-up-conversation')).toBe('Follow-up conversation: 22 hours and 40 minutes after the end.');
    expect(detail(await read('nb'), 'follow-up-conversation')).toBe('Oppfølgingssamtale: 22 timer og 40 minutter etter avslutningen.'); // What each rule asks reads in the reader's language too; the rule as published stays in the rule-set list.
    const rule = (res: { body: { judgement: { verdicts: { ruleId: string; description: string }[] } } }, ruleId: string) =>
      res.body.judgement.verdicts.find((v) => v.ruleId === ruleId)!.description;
    expect(rule(da, 'doctor-called')).toBe('Læge tilkaldt senest 1 time efter anbringelsens start, når den indsatte er fikseret');
    expect(rule(en, 'follow-up-conversation')).toBe('Follow-up conversation within 3 days after the end');
    const published = (await get('/coercive-measures/rule-sets').expect(200)).body.items[0].rules;
    expect(published.find((r: { id: string }) => r.id === 'follow-up-conversation').description).toBe('The follow-up conversation within 3 days after the end');
  });

  it('turns a review that was not yet due into a breach with time alone, in the case and in the breach list', async () => {
    const later = (await get(`/coercive-measures/placements/${id}?at=${at(80 + 7 * DAY + 1)}`).expect(200)).body;
    expect(verdicts(later.judgement)['management-review']).toBe('breached');
    const list = (moment: string) =>
      get(`/coercive-measures/breaches?institution=nyborg&from=2026-03-01T00:00:00Z&to=2026-04-01T00:00:00Z&at=${moment}`).expect(200);
    const now = (await list(at(2 * DAY))).body;
    expect(now.items).toHaveLength(1);
    expect(now.items[0].breaches.map((b: { ruleId: string }) => b.ruleId)).toEqual(['observation-notes']);
    const week = (await list(at(80 + 7 * DAY + 1))).body;
    expect(week.items[0].breaches.map((b: { ruleId: string }) => b.ruleId)).toEqual(['observation-notes', 'management-review']);
    expect((await get('/coercive-measures/breaches?institution=renbaek').expect(200)).body.items).toEqual([]);
  });

  it('judges the case by another rule-set version side by side, and never publishes a version twice', async () => {
    vigil.clock.set(new Date(at(2 * DAY)));
    const v1 = (await get('/coercive-measures/rule-sets').expect(200)).body.items[0];
    const v2 = {
      ...v1,
      version: 2,
      effectiveFrom: '2026-06-01T00:00:00Z',
      title: 'Skærpet',
      reason: 'Ny instruks',
      rules: [{ ...v1.rules[0], maxGapMinutes: 45 }],
    };
    await post('/coercive-measures/rule-sets', v2).expect(201);
    await post('/coercive-measures/rule-sets', v2)
      .expect(409)
      .expect((res) => expect(res.body.errors[0].field).toBe('version'));
    const view = (await get(`/coercive-measures/placements/${id}?ruleSetVersion=2`).expect(200)).body;
    expect(view.judgement.ruleSet.version).toBe(1);
    expect(view.comparison).toMatchObject({ ruleSet: { version: 2 }, inForceAtStart: false });
    expect(verdicts(view.comparison)).toEqual({ 'observation-notes': 'kept' });
    // Norway's versions follow each other in Norway's own stream; a Danish case is never compared with them.
    await post('/coercive-measures/rule-sets', { ...v2, country: 'no', title: 'Skjerpet' }).expect(201);
    const listed = (await get('/coercive-measures/rule-sets').expect(200)).body.items;
    expect(listed.map((r: { country: string; version: number; title: string }) => [r.country, r.version, r.title])).toEqual([
      ['dk', 1, 'Sikringscelleanbringelse: sagsbehandlingskrav (v1)'],
      ['dk', 2, 'Skærpet'],
      ['no', 1, 'Plassering i sikkerhetscelle: saksbehandlingskrav (v1)'],
      ['no', 2, 'Skjerpet'],
    ]);
    expect((await get(`/coercive-measures/placements/${id}?ruleSetVersion=2`).expect(200)).body.comparison.ruleSet).toMatchObject({
      country: 'dk',
      title: 'Skærpet',
    });
    await get(`/coercive-measures/placements/${id}?ruleSetVersion=9`)
      .expect(400)
      .expect((res) => expect(res.body.errors[0].field).toBe('ruleSetVersion'));
  });

  it('replays the timeline to a moment from the stream: only what was recorded by then', async () => {
    const replay = (await get(`/coercive-measures/placements/${id}/timeline?at=${at(40)}`).expect(200)).body;
    expect(replay.entries.map((e: { type: string }) => e.type)).toEqual([
      'coercive-measures.placement-started.v1',
      'coercive-measures.observation-noted.v1',
      'coercive-measures.doctor-called.v1',
      'coercive-measures.observation-noted.v1',
    ]);
    expect(replay).toMatchObject({ revision: 3, eventsRecordedSince: 3, state: { status: 'ongoing', noteCount: 2 } });
    expect(verdicts(replay.judgement)['observation-notes']).toBe('not-yet-due');
    await get(`/coercive-measures/placements/${id}/timeline?at=2026-01-01T00:00:00Z`).expect(404);
    const log = await pool.query('SELECT view FROM access_log WHERE resource = $1', [`placement/${id}`]);
    expect(log.rows).toContainEqual({ view: `timeline at ${at(40)}` });
  });

  it('refuses bad input with 400 naming the field, and stores nothing', async () => {
    vigil.clock.set(null);
    const count = async () => Number((await pool.query(`SELECT count(*) FROM event_store.events WHERE category = 'coercivemeasure'`)).rows[0].count);
    const before = await count();
    const bad = await post('/coercive-measures/placements', placement({ legalBasis: 'because', inmateRef: 'Hansen', alternatives: [] })).expect(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['legalBasis', 'inmateRef', 'alternatives']));
    await post('/coercive-measures/placements', placement({ reason: { category: 'self-harm', text: 'x' } }))
      .expect(400)
      .expect((res) => expect(res.body.errors[0].field).toBe('reason.category'));
    await post('/coercive-measures/placements', placement({ startedAt: '2999-01-01T00:00:00Z' }))
      .expect(400)
      .expect((res) => expect(res.body.errors[0].field).toBe('startedAt'));
    await post(`/coercive-measures/placements/${id}/management-review`, { reviewedAt: at(3 * DAY), reviewedBy: 'ST-9X1L5V', conclusion: 'not-justified' })
      .expect(400)
      .expect((res) => expect(res.body.errors[0].field).toBe('remarks'));
    await post('/coercive-measures/placements/3d6f0a52-8c1e-4b7a-9d2f-6e5c4b3a2f10/notes', { observedAt: at(5), note: 'x' }).expect(404);
    await post('/coercive-measures/placements/not-a-uuid/notes', { observedAt: at(5), note: 'x' })
      .expect(400)
      .expect((res) => expect(res.body.errors[0].field).toBe('id'));
    await vigil.http().post('/coercive-measures/placements').send(placement()).expect(401);
    expect(await count()).toBe(before);
  });
});
