import { Pool } from 'pg';
import { incidentReport } from '../support/fixtures';
import { ACTOR, signedIn, startVigil } from '../support/vigil-test-app';

type Vigil = Awaited<ReturnType<typeof startVigil>>;

const LEAD = 'ST-LEAD01';
const MANAGER = 'ST-MGMT01';
const REPRESENTATIVE = 'ST-REPR01';
const ACTIVATION = '7e2d4c1b-9a8f-4e6d-8c5b-3a2f1e0d9c8b';
const fieldsOf = (res: { body: { errors?: { field: string }[] } }) => [...new Set(res.body.errors?.map((e) => e.field))];

/** Drafting, agreeing and publishing a review over HTTP: each rule of the review's life, and the review read in full. */
describe('learning reviews: drafting, agreeing, publishing', () => {
  let vigil: Vigil;
  let pool: Pool;
  let incidentId: string;
  beforeAll(async () => {
    vigil = await startVigil();
    pool = new Pool({ connectionString: vigil.databaseUrl, max: 2 });
    incidentId = (await vigil.http().post('/incidents').set(signedIn(ACTOR)).send(incidentReport()).expect(201)).body.incidentId;
  });
  afterAll(async () => {
    await pool.end();
    await vigil.close();
  });

  const as = (ref: string) => signedIn(ref, ['safety-partnership']);
  const post = (path: string, body: object = {}, who = LEAD) => vigil.http().post(path).set(as(who)).send(body);
  const get = (path: string, who = LEAD) => vigil.http().get(path).set(as(who));
  const start = (body: object = {}) =>
    post('/learning-reviews', {
      kind: 'after-action',
      subject: { type: 'incidents', incidentIds: [incidentId] },
      title: 'Vold ved visitation, afdeling B',
      dueOn: '2099-01-01',
      unit: 'institution:nyborg',
      ...body,
    });
  /** A started review with its summary written: ready to sign off. */
  async function drafted(): Promise<string> {
    const { reviewId } = (await start().expect(201)).body;
    await vigil.http().put(`/learning-reviews/${reviewId}/summary`).set(as(LEAD)).send({ text: 'Forventet: to betjente. Skete: en.' }).expect(200);
    return reviewId;
  }
  async function agreed(): Promise<string> {
    const reviewId = await drafted();
    await post(`/learning-reviews/${reviewId}/sign-offs`, { as: 'management' }, MANAGER).expect(200);
    await post(`/learning-reviews/${reviewId}/sign-offs`, { as: 'employee-representative' }, REPRESENTATIVE).expect(200);
    return reviewId;
  }

  it('starts a review of incidents, of a theme and of a crisis activation, each read in full at once', async () => {
    const subjects = [
      { type: 'incidents', incidentIds: [incidentId] },
      { type: 'theme', description: 'Vold ved visitationer', incidentIds: [incidentId] },
      { type: 'activation', activationId: ACTIVATION, exercise: true },
    ];
    for (const subject of subjects) {
      const started = await start({ subject }).expect(201);
      expect(started.headers.location).toBe(`/learning-reviews/${started.body.reviewId}`);
      const review = await get(started.headers.location).expect(200);
      expect(review.headers.etag).toBe(`"${review.body.revision}"`);
      expect(review.body).toMatchObject({ status: 'draft', kind: 'after-action', subject, unit: 'institution:nyborg', summary: '', actions: [], addenda: [] });
    }
  });

  it('refuses a text naming a person, naming the field', async () => {
    const reviewId = (await start().expect(201)).body.reviewId;
    const refused = await post(`/learning-reviews/${reviewId}/factors`, { class: 'dynamic', text: 'ST-7K3Q9P var alene', evidence: [] }).expect(400);
    expect(refused.body.type).toMatch(/person-in-text$/);
    expect(fieldsOf(refused)).toEqual(['text']);
    await start({ title: 'Vold mod IN-4F7K2Q' }).expect(400);
    await post(`/learning-reviews/${reviewId}/participants`, { ref: 'Jens Hansen', role: 'reviewer' }).expect(400);
    await post(`/learning-reviews/${reviewId}/participants`, { ref: 'ST-7K3Q9P', role: 'involved-staff' }).expect(200);
  });

  it('marks withdrawn findings and factors in the review, and keeps moments and participants', async () => {
    const reviewId = (await start().expect(201)).body.reviewId;
    const eventId = (await pool.query(`SELECT event_id FROM event_store.events WHERE stream_id = $1`, [`incident-${incidentId}`])).rows[0].event_id;
    await post(`/learning-reviews/${reviewId}/moments`, { eventId, why: 'Alarmen blev først slået an efter fire minutter' }).expect(200);
    const finding = await post(`/learning-reviews/${reviewId}/findings`, {
      kind: 'went-well',
      class: 'dynamic',
      text: 'Kollegerne kom hurtigt',
      evidence: [eventId],
    }).expect(201);
    const factor = await post(`/learning-reviews/${reviewId}/factors`, { class: 'static', text: 'Ingen alarm i rummet', evidence: [] }).expect(201);
    await post(`/learning-reviews/${reviewId}/items/${factor.body.factorId}/withdrawal`, { reason: 'Alarmen var der' }).expect(200);
    const review = await get(`/learning-reviews/${reviewId}`).expect(200);
    expect(review.body.moments).toEqual([{ eventId, why: 'Alarmen blev først slået an efter fire minutter' }]);
    expect(review.body.findings).toEqual([
      { findingId: finding.body.findingId, kind: 'went-well', class: 'dynamic', text: 'Kollegerne kom hurtigt', evidence: [eventId], withdrawn: false },
    ]);
    expect(review.body.factors).toEqual([{ factorId: factor.body.factorId, class: 'static', text: 'Ingen alarm i rummet', evidence: [], withdrawn: true }]);
    const logged = await pool.query(`SELECT actor, view FROM access_log WHERE resource = $1`, [`learning-review/${reviewId}`]);
    expect(logged.rows).toEqual([{ actor: LEAD, view: 'detail' }]);
  });

  it('of two reviewers saving the summary on the same revision, one wins and the other gets 409 with the text now saved', async () => {
    const reviewId = (await start().expect(201)).body.reviewId;
    const { etag } = (await get(`/learning-reviews/${reviewId}`).expect(200)).headers;
    const save = (who: string, text: string) => vigil.http().put(`/learning-reviews/${reviewId}/summary`).set(as(who)).set('If-Match', etag).send({ text });
    const texts = ['Forventet: to betjente.', 'Skete: kun en betjent.'];
    const answers = await Promise.all([save(LEAD, texts[0]), save(MANAGER, texts[1])]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const winner = answers.findIndex((a) => a.status === 200);
    const lost = answers[1 - winner];
    expect(lost.body.type).toMatch(/stale-revision$/);
    expect(lost.body.current.summary).toBe(texts[winner]);
    expect(lost.body.currentRevision).toBe(answers[winner].body.revision);
    expect((await get(`/learning-reviews/${reviewId}`).expect(200)).body.summary).toBe(lost.body.current.summary);
  });

  it('refuses one person signing off for both sides', async () => {
    const reviewId = await drafted();
    await post(`/learning-reviews/${reviewId}/sign-offs`, { as: 'management' }, MANAGER).expect(200);
    const refused = await post(`/learning-reviews/${reviewId}/sign-offs`, { as: 'employee-representative' }, MANAGER).expect(400);
    expect(refused.body.detail).toContain('both sides');
    expect((await get(`/learning-reviews/${reviewId}`).expect(200)).body).toMatchObject({ status: 'draft', signOffs: [{ as: 'management', by: MANAGER }] });
  });

  it('refuses publication until both sides have signed off', async () => {
    const reviewId = await drafted();
    const early = await post(`/learning-reviews/${reviewId}/publication`).expect(409);
    expect(early.body.type).toMatch(/not-agreed$/);
    await post(`/learning-reviews/${reviewId}/sign-offs`, { as: 'management' }, MANAGER).expect(200);
    await post(`/learning-reviews/${reviewId}/publication`).expect(409);
    await post(`/learning-reviews/${reviewId}/sign-offs`, { as: 'employee-representative' }, REPRESENTATIVE).expect(200);
    await post(`/learning-reviews/${reviewId}/publication`).expect(200);
    const review = await get(`/learning-reviews/${reviewId}`).expect(200);
    expect(review.body.status).toBe('published');
    expect(review.body.signOffs).toEqual([
      { as: 'management', by: MANAGER },
      { as: 'employee-representative', by: REPRESENTATIVE },
    ]);
    expect(Date.parse(review.body.publishedAt)).not.toBeNaN();
  });

  it('refuses drafting once agreed and once published (409), and takes addenda only after publication', async () => {
    const reviewId = await agreed();
    const factor = { class: 'organisational', text: 'Vagtplanen gav ingen makker', evidence: [] };
    const onAgreed = await post(`/learning-reviews/${reviewId}/factors`, factor).expect(409);
    expect(onAgreed.body.type).toMatch(/not-a-draft$/);
    await vigil.http().put(`/learning-reviews/${reviewId}/summary`).set(as(LEAD)).send({ text: 'Ændret' }).expect(409);
    await post(`/learning-reviews/${reviewId}/addenda`, { text: 'Tilføjelse før publicering' }).expect(409);
    await post(`/learning-reviews/${reviewId}/publication`).expect(200);
    const onPublished = await post(`/learning-reviews/${reviewId}/factors`, factor).expect(409);
    expect(onPublished.body.type).toMatch(/published$/);
    await vigil.http().put(`/learning-reviews/${reviewId}/summary`).set(as(LEAD)).send({ text: 'Ændret' }).expect(409);
    const added = await post(`/learning-reviews/${reviewId}/addenda`, { text: 'Rutinen holder efter et halvt år' }).expect(201);
    const review = await get(`/learning-reviews/${reviewId}`).expect(200);
    expect(review.body.addenda).toEqual([
      { addendumId: added.body.addendumId, text: 'Rutinen holder efter et halvt år', by: LEAD, addedAt: expect.any(String) },
    ]);
  });

  it('answers 404 for an unknown review, and 400 naming the field for bad input and unknown query parameters', async () => {
    const unknown = await get('/learning-reviews/3d6f0a52-8c1e-4b7a-9d2f-6e5c4b3a2f10').expect(404);
    expect(unknown.body.type).toMatch(/review-not-found$/);
    expect(fieldsOf(await get('/learning-reviews/not-a-uuid').expect(400))).toEqual(['reviewId']);
    expect(fieldsOf(await start({ kind: 'long-talk' }).expect(400))).toEqual(['kind']);
    expect(fieldsOf(await start({ dueOn: '1st of May' }).expect(400))).toEqual(['dueOn']);
    expect(fieldsOf(await start({ subject: { type: 'incidents', incidentIds: ['nope'] } }).expect(400))).toEqual(['subject.incidentIds']);
    expect(fieldsOf(await get('/learning-reviews?colour=red').expect(400))).toEqual(['colour']);
    expect(fieldsOf(await get('/learning-reviews?status=finished').expect(400))).toEqual(['status']);
    expect(fieldsOf(await get('/learning-reviews?overdue=maybe').expect(400))).toEqual(['overdue']);
    expect(fieldsOf(await get('/learning-review-actions?unit=everywhere').expect(400))).toEqual(['unit']);
    expect(fieldsOf(await get('/learning-review-themes?from=2026-13-01').expect(400))).toEqual(['from']);
    expect(fieldsOf(await get('/learning-review-themes?from=2026-06-01&to=2026-01-01').expect(400))).toEqual(['to']);
    expect(fieldsOf(await get('/learning-review-themes?year=soon').expect(400))).toEqual(['year']);
  });
});
