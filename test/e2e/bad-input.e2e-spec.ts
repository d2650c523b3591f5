import { Pool } from 'pg';
import { incidentReport } from '../support/fixtures';
import { ACTOR, eventually, signedIn, startVigil } from '../support/vigil-test-app';

type Vigil = Awaited<ReturnType<typeof startVigil>>;

const report = incidentReport;
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

/** Bad input gets a 4xx problem naming what is wrong, never a 500, and stores nothing. */
describe('bad input at the HTTP edge', () => {
  let vigil: Vigil;
  let pool: Pool;
  let incidentId: string;
  const post = (path: string) => vigil.http().post(path).set(signedIn(ACTOR));
  const events = async () => (await pool.query('SELECT count(*)::int AS n FROM event_store.events')).rows[0].n as number;

  beforeAll(async () => {
    vigil = await startVigil();
    pool = new Pool({ connectionString: vigil.databaseUrl, max: 2 });
    incidentId = (await post('/incidents').send(report()).expect(201)).body.incidentId;
  });
  afterAll(async () => {
    await pool.end();
    await vigil.close();
  });

  let before = 0;
  beforeEach(async () => (before = await events()));
  afterEach(async () => expect(await events()).toBe(before));

  it('names a missing nested object (an activation without its scope, a placement end without its reason) instead of failing on it', async () => {
    const activation = await post('/crisis-activations').send({ planId: 'riot', level: 'strategic', exercise: false, reason: '_' }).expect(400);
    expect(activation.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'scope' })]));
    const end = await post(`/coercive-measures/placements/${incidentId}/end`).send({ endedAt: '2026-03-20T11:00:00+01:00' }).expect(400);
    expect(end.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'reason' })]));
  });

  it('refuses JSON nested 2,000 deep with 400, not a stack overflow', async () => {
    const body = `{"kind":"violence","involved":${nested(2000)}}`;
    const res = await post('/incidents').set('Content-Type', 'application/json').send(body).expect(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors[0]).toMatchObject({ field: expect.stringMatching(/^involved/), message: expect.stringMatching(/nested more than/) });
    await post(`/incidents/${incidentId}/corrections`)
      .set('Content-Type', 'application/json')
      .send(`{"reason":${nested(2000)}}`)
      .expect(400);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses a "%s" key with 400 naming it', async (key) => {
    const res = await post('/incidents')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify(report()).replace('{', `{"${key}":{"x":1},`))
      .expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: key })]);
  });

  it('refuses a body that is not JSON with 415 instead of running the command on an empty body', async () => {
    const res = await post('/action-card-templates/violence-against-employee/publication').set('Content-Type', 'text/plain').send('publish it').expect(415);
    expect(res.body).toMatchObject({ status: 415, detail: expect.stringMatching(/application\/json/) });
    await post('/incidents').set('Content-Type', 'application/x-www-form-urlencoded').send('kind=violence').expect(415);
  });

  it('refuses a report without its location or injuries with 400 naming them', async () => {
    const { location: _l, injuries: _i, ...rest } = report();
    const res = await post('/incidents').send(rest).expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['location', 'injuries']));
    await post('/incidents')
      .send(report({ location: null }))
      .expect(400);
  });

  it('refuses corrections that are missing or null with 400 naming them', async () => {
    const missing = await post(`/incidents/${incidentId}/corrections`).send({ reason: 'typo' }).expect(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toContain('corrections');
    const nulled = await post(`/incidents/${incidentId}/corrections`)
      .send({ reason: 'typo', corrections: { location: null } })
      .expect(400);
    expect(nulled.body.errors.map((e: { field: string }) => e.field)).toContain('corrections.location');
  });

  it('refuses an offset beyond what the database can page with 400', async () => {
    const res = await vigil.http().get('/incidents?offset=99999999999999999999').set(signedIn(ACTOR)).expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('offset');
  });

  it('sends security headers, and no-store on answers with personal data', async () => {
    // The read model may trail the report: wait for it, then look at the answer's headers.
    const res = await eventually(async () => {
      const answer = await vigil.http().get(`/incidents/${incidentId}`).set(signedIn(ACTOR));
      return answer.status === 200 ? answer : undefined;
    });
    expect(res.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
      'x-frame-options': 'SAMEORIGIN',
    });
    const docs = await vigil.http().get('/api/docs/').expect(200);
    expect(docs.headers['content-security-policy']).toMatch(/default-src 'self'/);
  });
});

describe('query parameters an endpoint does not read', () => {
  let vigil: Vigil;
  beforeAll(async () => (vigil = await startVigil()));
  afterAll(() => vigil.close());
  const get = (path: string) => vigil.http().get(path).set(signedIn(ACTOR));

  it('are refused with 400 naming them, on named and on whole-DTO parameters alike', async () => {
    const figures = await get('/statistics/figures?from=2026&to=2026&region=hovedstaden').expect(400);
    expect(figures.body.errors).toEqual([expect.objectContaining({ field: 'region' })]);
    const list = await get('/incidents?colour=red').expect(400);
    expect(list.body.errors.map((e: { field: string }) => e.field)).toContain('colour');
    await get('/incidents?area=hovedstaden').expect(200);
  });
});
