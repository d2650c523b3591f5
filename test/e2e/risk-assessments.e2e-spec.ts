import { Pool } from 'pg';
import { ReassessmentDeadlineWorker, seedRiskDemoData } from '@vigil/risk-assessments';
import { ACTOR, eventually, startVigil, signedIn } from '../support/vigil-test-app';

type Vigil = Awaited<ReturnType<typeof startVigil>>;

const ASSESSOR = 'ST-RA0009';
const assessment = (overrides: Record<string, unknown> = {}) => ({
  instrument: { code: 'SARA-SV', version: '3' },
  riskLevel: 'high',
  factors: [
    { key: 'sara-sv.v1-intimate-violence', rating: 'present' },
    { key: 'sara-sv.v3-escalation', rating: 'partial' },
  ],
  assessedBy: ASSESSOR,
  ...overrides,
});
const plan = (overrides: Record<string, unknown> = {}) => ({
  madeWithPerson: true,
  reassessmentIntervalDays: 30,
  measures: [
    { kind: 'assault-alarm', owner: 'police' },
    { kind: 'changed-routines', owner: 'threatened-person', state: 'in-place' },
  ],
  ...overrides,
});

describe('risk assessments over HTTP', () => {
  let vigil: Vigil;
  let pool: Pool;
  beforeAll(async () => {
    vigil = await startVigil();
    pool = new Pool({ connectionString: vigil.databaseUrl, max: 2 });
  });
  afterAll(async () => {
    vigil.clock.set(null);
    await pool.end();
    await vigil.close();
  });

  const at = (iso: string) => vigil.clock.set(new Date(iso));
  const post = (path: string, body: unknown) =>
    vigil
      .http()
      .post(path)
      .set(signedIn(ACTOR))
      .send(body as object);
  const get = (path: string) => vigil.http().get(path).set(signedIn(ACTOR));
  const view = (id: string, revision: number) =>
    eventually(async () => {
      const res = await get(`/risk-cases/${id}`);
      return res.status === 200 && res.body.revision >= revision ? res : undefined;
    });
  const fieldsOf = (res: { body: { errors?: { field: string }[] } }) => res.body.errors?.map((e) => e.field);

  // First, while the store holds no risk case: the demo loads only into an empty store.
  it('loads the demo cases once, one of them overdue', async () => {
    vigil.clock.set(null);
    expect(await seedRiskDemoData(vigil.databaseUrl)).toBe(5);
    expect(await seedRiskDemoData(vigil.databaseUrl)).toBe(0);
    const overdue = await eventually(async () => {
      const res = await get('/reassessments?standing=overdue&personRole=inmate-at-risk');
      return res.body.total >= 1 ? res : undefined;
    });
    expect(overdue.body.items).toHaveLength(1);
    // The due list is a projection: wait until both victims' cases have reached it.
    const open = await eventually(async () => {
      const res = await get('/reassessments?standing=all&personRole=victim').expect(200);
      return res.body.items.length >= 2 ? res : undefined;
    });
    expect(open.body.items.map((i: { standing: string }) => i.standing)).toEqual(['due-soon', 'due-soon']);
  });

  it('assesses, plans, reassesses on a situation change, and escalates an overdue reassessment with its due time', async () => {
    at('2026-03-01T10:00:00Z');
    await post(`/risk-assessors/${ASSESSOR}/certifications`, {
      instrument: 'SARA-SV',
      certifiedOn: '2025-06-01T00:00:00Z',
      validUntil: '2028-06-01T00:00:00Z',
    }).expect(201);
    const opened = await post('/risk-cases', { personRef: 'PR-8H2K4M', personRole: 'employee-off-duty' }).expect(201);
    const id = opened.body.caseId;
    expect(opened.headers.location).toBe(`/risk-cases/${id}`);

    const uncertified = await post(`/risk-cases/${id}/assessments`, assessment({ instrument: { code: 'SAM', version: '1' } })).expect(422);
    expect(uncertified.body).toMatchObject({ type: expect.stringMatching(/assessor-not-certified$/), errors: [{ field: 'assessedBy' }] });
    expect(uncertified.body.detail).toMatch(/ST-RA0009 held no valid certification for SAM/);
    const first = (await post(`/risk-cases/${id}/assessments`, assessment()).expect(201)).body;
    expect(first).toMatchObject({ revision: 1, alreadyRecorded: false });
    await post(`/risk-cases/${id}/safety-plans`, plan({ expectedRevision: 1 })).expect(201);

    at('2026-03-05T09:00:00Z');
    await post(`/risk-cases/${id}/measures/m1/state-changes`, { state: 'in-place', expectedRevision: 1 })
      .expect(409)
      .expect((res) => expect(res.body).toMatchObject({ currentRevision: 2, expectedRevision: 1 }));
    await post(`/risk-cases/${id}/measures/m1/state-changes`, { state: 'in-place', expectedRevision: 2 }).expect(200);
    await post(`/risk-cases/${id}/measures/m2/state-changes`, { state: 'planned' }).expect(409);
    const current = await view(id, 3);
    expect(current.headers.etag).toBe('"3"');
    expect(current.body).toMatchObject({
      status: 'open',
      personRole: 'employee-off-duty',
      latestAssessment: { riskLevel: 'high', instrument: { code: 'SARA-SV', version: '3' }, assessedBy: ASSESSOR },
      plan: {
        reassessmentIntervalDays: 30,
        measures: [
          { measureId: 'm1', kind: 'assault-alarm', owner: 'police', state: 'in-place' },
          { measureId: 'm2', state: 'in-place' },
        ],
      },
      reassessment: { dueAt: '2026-03-31T10:00:00.000Z', dueReason: 'cycle' },
    });

    at('2026-03-10T08:00:00Z');
    await post(`/risk-cases/${id}/situation-changes`, { change: 'left-partner' }).expect(200);
    const due = await eventually(async () => {
      const res = await get('/reassessments?standing=overdue');
      return res.body.items?.some((i: { caseId: string }) => i.caseId === id) ? res : undefined;
    });
    expect(due.body.items.find((i: { caseId: string }) => i.caseId === id)).toEqual(
      expect.objectContaining({ dueAt: '2026-03-10T08:00:00.000Z', dueReason: 'situation-change', standing: 'overdue' }),
    );
    expect(JSON.stringify(due.body)).not.toMatch(/left-partner|PR-8H2K4M/); // the list names neither the change nor the person

    at('2026-03-12T09:00:00Z'); // past the 48-hour grace period
    await vigil.app.get(ReassessmentDeadlineWorker).pollNow();
    const timeline = await eventually(async () => {
      const res = await get(`/risk-cases/${id}/timeline`);
      return res.body.events?.some((e: { type: string }) => e.type.endsWith('reassessment-escalated.v1')) ? res : undefined;
    });
    const deadlines = timeline.body.events.filter((e: { type: string }) => /reassessment-(became-overdue|escalated)/.test(e.type));
    expect(deadlines.map((e: { type: string; data: { dueAt: string }; actor: string }) => [e.type, e.data.dueAt, e.actor])).toEqual([
      ['risk-assessments.reassessment-became-overdue.v1', '2026-03-10T08:00:00.000Z', 'SYS-DEADLINES'],
      ['risk-assessments.reassessment-escalated.v1', '2026-03-10T08:00:00.000Z', 'SYS-DEADLINES'],
    ]);

    at('2026-03-12T10:00:00Z');
    await post(`/risk-cases/${id}/assessments`, assessment({ riskLevel: 'moderate' })).expect(201);
    const after = await eventually(async () => {
      const res = await get(`/risk-cases/${id}`);
      return res.body.assessmentCount === 2 ? res : undefined;
    });
    expect(after.body.reassessment).toEqual({ dueAt: '2026-04-11T10:00:00.000Z', dueReason: 'cycle', overdueRecorded: false, escalated: false });
    const overdueNow = await get('/reassessments?standing=overdue').expect(200);
    expect(overdueNow.body.items.map((i: { caseId: string }) => i.caseId)).not.toContain(id);
    const overTime = await eventually(async () => {
      const res = await get(`/risk-cases/${id}/assessments`);
      return res.body.assessments?.length === 2 ? res : undefined;
    });
    expect(overTime.body.assessments.map((a: { riskLevel: string; kind: string; assessedAt: string }) => [a.kind, a.riskLevel, a.assessedAt])).toEqual([
      ['initial', 'high', '2026-03-01T10:00:00.000Z'],
      ['reassessment', 'moderate', '2026-03-12T10:00:00.000Z'],
    ]);

    const early = await get(`/risk-cases/${id}/timeline?at=2026-03-03T00:00:00Z`).expect(200);
    expect(early.body).toMatchObject({
      eventsIncluded: 3,
      revision: 2,
      state: { plan: { measures: [{ state: 'planned' }, { state: 'in-place' }] }, reassessment: { dueAt: '2026-03-31T10:00:00.000Z' } },
    });
    await get(`/risk-cases/${id}/timeline?at=2026-02-01`)
      .expect(404)
      .expect((res) => expect(res.body.detail).toMatch(/not yet opened/));
    await get(`/risk-cases/${id}/timeline?at=yesterday`)
      .expect(400)
      .expect((res) => expect(fieldsOf(res)).toEqual(['at']));

    const log = await pool.query('SELECT DISTINCT view FROM access_log WHERE resource = $1 AND actor = $2', [`risk-case/${id}`, ACTOR]);
    expect(log.rows.map((r) => r.view)).toEqual(expect.arrayContaining(['current', 'assessments', 'timeline 2026-03-03T00:00:00.000Z']));
  });

  it('refuses bad input with 400 naming the field, and stores nothing', async () => {
    at('2026-03-01T10:00:00Z');
    const count = async () => Number((await pool.query(`SELECT count(*) FROM event_store.events WHERE category = 'riskcase'`)).rows[0].count);
    const id = (await post('/risk-cases', { personRef: 'PR-4K8M2Q', personRole: 'victim' }).expect(201)).body.caseId;
    const before = await count();
    expect(fieldsOf(await post('/risk-cases', { personRef: 'Mette Hansen', personRole: 'victim' }).expect(400))).toEqual(['personRef']);
    expect(fieldsOf(await post(`/risk-cases/${id}/assessments`, assessment({ factors: [{ key: 'Hun er gravid', rating: 'present' }] })).expect(400))).toEqual([
      'factors.0.key',
    ]);
    expect(fieldsOf(await post(`/risk-cases/${id}/assessments`, assessment({ instrument: { code: 'ODARA', version: '1' } })).expect(400))).toEqual([
      'instrument.code',
    ]);
    expect(fieldsOf(await post(`/risk-cases/${id}/assessments`, assessment({ riskLevel: 'extreme' })).expect(400))).toEqual(['riskLevel']);
    expect(fieldsOf(await post(`/risk-cases/${id}/safety-plans`, plan({ measures: [{ kind: 'bodyguard', owner: 'police' }] })).expect(400))).toEqual([
      'measures.0.kind',
    ]);
    await post(`/risk-cases/${id}/safety-plans`, plan())
      .expect(409)
      .expect((res) => expect(res.body.type).toMatch(/assessment-required$/));
    expect(fieldsOf(await post(`/risk-cases/${id}/situation-changes`, { change: 'feels-unsafe' }).expect(400))).toEqual(['change']);
    await get('/risk-cases/not-a-uuid').expect(400);
    await get('/risk-cases/1d1c5a4e-8e0f-4b57-9a57-2c1e3c0b9f00').expect(404);
    await vigil.http().get(`/risk-cases/${id}`).expect(401);
    expect(await count()).toBe(before);
  });

  it('serves the risk-assessment paths in its OpenAPI document', async () => {
    const docs = await vigil.http().get('/api/docs-json').expect(200);
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining([
        '/risk-cases',
        '/risk-cases/{id}/assessments',
        '/risk-cases/{id}/safety-plans',
        '/risk-cases/{id}/timeline',
        '/reassessments',
        '/risk-assessors/{ref}/certifications',
      ]),
    );
  });
});
