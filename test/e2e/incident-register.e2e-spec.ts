import { ProjectionProgress } from '@vigil/projections';
import { Pool } from 'pg';
import { incidentReport } from '../support/fixtures';
import { ACTOR, eventually, startVigil, signedIn } from '../support/vigil-test-app';

type Vigil = Awaited<ReturnType<typeof startVigil>>;

const report = incidentReport;
/** How long a read with Vigil-Min-Revision waits here: short, so the timeout cases stay fast. */
const MIN_REVISION_WAIT_MS = 1000;

describe('incident register over HTTP', () => {
  let vigil: Vigil;
  let pool: Pool;
  beforeAll(async () => {
    vigil = await startVigil({ config: { VIGIL_MIN_REVISION_WAIT_MS: String(MIN_REVISION_WAIT_MS) } });
    pool = new Pool({ connectionString: vigil.databaseUrl, max: 2 });
  });
  afterAll(async () => {
    await pool.end();
    await vigil.close();
  });

  const eventCount = async () => Number((await pool.query('SELECT count(*) FROM event_store.events')).rows[0].count);
  const post = (path: string, body: unknown) =>
    vigil
      .http()
      .post(path)
      .set(signedIn(ACTOR))
      .send(body as object);
  const get = (path: string) => vigil.http().get(path).set(signedIn(ACTOR));
  const visible = (id: string, revision: number) =>
    eventually(async () => {
      const res = await get(`/incidents/${id}`);
      return res.status === 200 && res.body.revision >= revision ? res : undefined;
    });

  it('reports an incident and shows it in the list, as it stands, and in its history', async () => {
    const created = await post('/incidents', report()).expect(201);
    const id = created.body.incidentId;
    expect(created.headers.location).toBe(`/incidents/${id}`);
    expect(created.body).toMatchObject({ revision: 0, alreadyRecorded: false });
    const current = await visible(id, 0);
    expect(current.headers.etag).toBe('"0"');
    expect(current.body.state).toMatchObject({ status: 'open', kind: 'violence', target: 'staff-on-duty', reportedBy: ACTOR });
    const list = await get('/incidents?area=syddanmark&institution=nyborg&kind=violence&status=open&occurredFrom=2026-03-01&occurredTo=2026-04-01').expect(200);
    expect(list.body.items.map((i: { id: string }) => i.id)).toContain(id);
    expect(list.body.items[0]).not.toHaveProperty('description'); // free text stays out of the list
    const history = await eventually(async () => {
      const res = await get(`/incidents/${id}/history`);
      return res.status === 200 ? res : undefined;
    });
    expect(history.body.entries[0]).toMatchObject({ revision: 0, action: 'reported', actor: ACTOR });
    const log = await pool.query(`SELECT actor, view FROM access_log WHERE resource = $1`, [`incident/${id}`]);
    expect(log.rows).toEqual(
      expect.arrayContaining([
        { actor: ACTOR, view: 'current' },
        { actor: ACTOR, view: 'history' },
      ]),
    );
  });

  it('refuses bad input with problem+json naming every bad field, and stores nothing', async () => {
    const before = await eventCount();
    const bad = await post(
      '/incidents',
      report({ kind: 'fight', location: { type: 'institution', area: 'jylland' }, involved: [{ ref: 'Hansen', role: 'target' }] }),
    ).expect(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    const fields = bad.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['kind', 'location.area', 'location.institution', 'involved.0.ref']));
    await post('/incidents', report({ location: { type: 'institution', area: 'hovedstaden', institution: 'nyborg' } }))
      .expect(400)
      .expect((res) => expect(res.body.errors[0]).toMatchObject({ field: 'location.area' }));
    await post('/incidents', report({ occurredAt: '2999-01-01T00:00:00Z' }))
      .expect(400)
      .expect((res) => expect(res.body.errors[0].field).toBe('occurredAt'));
    await post('/incidents', { ...report(), surname: 'Jensen' }).expect(400);
    await vigil.http().post('/incidents').send(report()).expect(401);
    await vigil.http().post('/incidents').set(signedIn('Jens Hansen')).send(report()).expect(401);
    await vigil.http().post('/incidents').set(signedIn(ACTOR)).set('Content-Type', 'application/json').send('{"kind": ').expect(400);
    await post('/incidents', report({ description: 'x'.repeat(20_000) })).expect(413);
    expect(await eventCount()).toBe(before);
  });

  it('answers 404 for unknown incidents and 400 for ids that are not UUIDs', async () => {
    await get('/incidents/1d1c5a4e-8e0f-4b57-9a57-2c1e3c0b9f00').expect(404);
    await get('/incidents/not-an-id').expect(400);
    await post('/incidents/1d1c5a4e-8e0f-4b57-9a57-2c1e3c0b9f00/closure', { outcome: 'x' }).expect(404);
  });

  it('corrects, reclassifies and reports to police as new events, keeping the original visible', async () => {
    const { body } = await post('/incidents', report()).expect(201);
    const id = body.incidentId;
    await post(`/incidents/${id}/corrections`, { corrections: { severity: 'serious' }, expectedRevision: 0 }).expect(400); // reason is mandatory
    await post(`/incidents/${id}/corrections`, { corrections: { severity: 'serious' }, reason: 'Lægen fandt brud', expectedRevision: 0 }).expect(200);
    const stale = await post(`/incidents/${id}/corrections`, { corrections: { severity: 'critical' }, reason: 'x', expectedRevision: 0 }).expect(409);
    expect(stale.body).toMatchObject({ currentRevision: 1, expectedRevision: 0 });
    await post(`/incidents/${id}/reclassification`, { kind: 'threat', reason: 'Gennemgået i udvalget', expectedRevision: 1 }).expect(200);
    await post(`/incidents/${id}/police-reports`, { reportedAt: '2026-03-15T09:00:00+01:00', policeDistrict: 'Fyns Politi' }).expect(200);
    const current = await visible(id, 3);
    expect(current.body.state).toMatchObject({ severity: 'serious', kind: 'threat' });
    const history = await eventually(async () => {
      const res = await get(`/incidents/${id}/history`);
      return res.body.entries?.length === 4 ? res : undefined;
    });
    expect(history.body.entries.map((e: { action: string }) => e.action)).toEqual(['reported', 'corrected', 'reclassified', 'police-reported']);
    expect(history.body.entries[1]).toMatchObject({ reason: 'Lægen fandt brud', changes: [{ field: 'severity', from: 'moderate', to: 'serious' }] });
  });

  it('closes, refuses to close twice, reopens with a reason, and marks duplicates of recorded incidents only', async () => {
    const first = (await post('/incidents', report()).expect(201)).body.incidentId;
    const second = (await post('/incidents', report()).expect(201)).body.incidentId;
    await post(`/incidents/${first}/closure`, { outcome: 'Opfølgende samtale gennemført' }).expect(200);
    await post(`/incidents/${first}/closure`, { outcome: 'igen' }).expect(409);
    await post(`/incidents/${first}/reopening`, { reason: '' }).expect(400);
    await post(`/incidents/${first}/reopening`, { reason: 'Nye oplysninger' }).expect(200);
    await post(`/incidents/${second}/duplicate-marking`, { duplicateOf: '1d1c5a4e-8e0f-4b57-9a57-2c1e3c0b9f00', reason: 'samme episode' })
      .expect(400)
      .expect((res) => expect(res.body.errors[0].field).toBe('duplicateOf'));
    await post(`/incidents/${second}/duplicate-marking`, { duplicateOf: first, reason: 'Samme episode registreret to gange' }).expect(200);
    const current = await visible(second, 1);
    expect(current.body.state).toMatchObject({ status: 'duplicate', duplicateOf: first });
    await post(`/incidents/${second}/not-reportable-marking`, { reason: 'x' }).expect(409);
  });

  it('stores a retried request with the same Idempotency-Key once', async () => {
    const send = () => post('/incidents', report()).set('Idempotency-Key', 'retry-key-0001');
    const first = await send().expect(201);
    const again = await send().expect(201);
    expect(again.body).toMatchObject({ incidentId: first.body.incidentId, revision: 0, alreadyRecorded: true });
    const close = () => post(`/incidents/${first.body.incidentId}/closure`, { outcome: 'Afsluttet' }).set('Idempotency-Key', 'retry-key-0002');
    await close().expect(200);
    const retried = await close().expect(200);
    expect(retried.body).toMatchObject({ revision: 1, alreadyRecorded: true });
  });

  it('shows the incident as it was known on a date: before a late correction, and not at all before it was recorded', async () => {
    vigil.clock.set(new Date('2026-02-01T10:00:00Z'));
    const id = (await post('/incidents', report({ occurredAt: '2026-01-20T08:00:00Z' })).expect(201)).body.incidentId;
    vigil.clock.set(new Date('2026-04-01T10:00:00Z'));
    await post(`/incidents/${id}/corrections`, { corrections: { severity: 'critical' }, reason: 'Efterregistreret skade' }).expect(200);
    vigil.clock.set(null);
    const march = await get(`/incidents/${id}/known-at?date=2026-03-01`).expect(200);
    expect(march.body).toMatchObject({ eventsIncluded: 1, eventsRecordedSince: 1, revision: 0, state: { severity: 'moderate' } });
    const may = await get(`/incidents/${id}/known-at?date=2026-05-01T00:00:00Z`).expect(200);
    expect(may.body.state.severity).toBe('critical');
    await get(`/incidents/${id}/known-at?date=2026-01-25`)
      .expect(404)
      .expect((res) => expect(res.body.detail).toMatch(/not yet recorded/));
    await get(`/incidents/${id}/known-at?date=yesterday`).expect(400);
    const listByRecorded = await eventually(async () => {
      const res = await get('/incidents?recordedFrom=2026-02-01&recordedTo=2026-02-02');
      return res.body.total >= 1 ? res : undefined;
    });
    expect(listByRecorded.body.items.map((i: { id: string }) => i.id)).toContain(id);
  });

  describe('read-your-writes with Vigil-Min-Revision', () => {
    const readAtLeast = (id: string, revision: number | string) => get(`/incidents/${id}`).set('Vigil-Min-Revision', String(revision));
    const currentReads = async (id: string) =>
      Number((await pool.query(`SELECT count(*) FROM access_log WHERE resource = $1 AND view = 'current'`, [`incident/${id}`])).rows[0].count);

    it('answers the revision a command answered on the first read, logging each read once', async () => {
      const created = await post('/incidents', report()).expect(201);
      const id = created.body.incidentId;
      const first = await readAtLeast(id, created.body.revision).expect(200);
      expect(first.body).toMatchObject({ id, revision: created.body.revision });
      expect(first.headers.etag).toBe(`"${created.body.revision}"`);
      const corrected = await post(`/incidents/${id}/corrections`, { corrections: { severity: 'serious' }, reason: 'Lægen fandt brud' }).expect(200);
      const after = await readAtLeast(id, corrected.body.revision).expect(200);
      expect(after.body).toMatchObject({ revision: 1, state: { severity: 'serious' } });
      expect(after.headers.etag).toBe('"1"');
      expect(await currentReads(id)).toBe(2);
    });

    it('waits while the projection is held back and answers once it commits', async () => {
      const progress = vigil.app.get(ProjectionProgress, { strict: false });
      const holder = await pool.connect();
      try {
        // Holding the checkpoint row's lock stops the runner inside its next page, before it writes.
        await holder.query('BEGIN');
        await eventually(async () => {
          const locked = await holder.query(`SELECT 1 FROM projection_checkpoints WHERE name = 'incidents.current' FOR UPDATE`);
          return locked.rowCount === 1 ? true : undefined;
        });
        const created = await post('/incidents', report()).expect(201);
        const id = created.body.incidentId;
        const waiting = readAtLeast(id, created.body.revision).then((res) => res);
        await eventually(async () => (progress.waiters('incidents.current') > 0 ? true : undefined));
        await get(`/incidents/${id}`).expect(404); // not yet in the read model: the read above is waiting
        await holder.query('COMMIT');
        const answered = await waiting;
        expect(answered.status).toBe(200);
        expect(answered.body).toMatchObject({ id, revision: 0 });
        expect(await currentReads(id)).toBe(1);
      } finally {
        await holder.query('ROLLBACK').catch(() => undefined);
        holder.release();
      }
    });

    it('refuses a value that is not a whole number >= 0 with a 400 naming the header, after sign-in is checked', async () => {
      const id = '1d1c5a4e-8e0f-4b57-9a57-2c1e3c0b9f00';
      for (const bad of ['-1', 'abc', '1.5', '']) {
        const res = await readAtLeast(id, bad).expect(400);
        expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(res.body.errors).toEqual([expect.objectContaining({ field: 'Vigil-Min-Revision' })]);
      }
      await vigil.http().get(`/incidents/${id}`).set('Vigil-Min-Revision', 'abc').expect(401);
    });

    it('answers as without the header once the wait runs out: 404 for an id that never appears, else the older revision', async () => {
      const started = Date.now();
      await readAtLeast('1d1c5a4e-8e0f-4b57-9a57-2c1e3c0b9f01', 0).expect(404);
      expect(Date.now() - started).toBeGreaterThanOrEqual(MIN_REVISION_WAIT_MS - 50);
      const id = (await post('/incidents', report()).expect(201)).body.incidentId;
      await visible(id, 0);
      const older = await readAtLeast(id, 5).expect(200);
      expect(older.headers.etag).toBe('"0"');
      expect(older.body.revision).toBe(0);
    });

    it('documents the header on the incident read', async () => {
      const docs = await vigil.http().get('/api/docs-json').expect(200);
      const parameters: { name: string; in: string }[] = docs.body.paths['/incidents/{id}'].get.parameters;
      expect(parameters).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Vigil-Min-Revision', in: 'header' })]));
    });
  });

  it('serves its OpenAPI document and health', async () => {
    const docs = await vigil.http().get('/api/docs-json').expect(200);
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining(['/incidents', '/incidents/{id}', '/incidents/{id}/known-at', '/incidents/{id}/corrections']),
    );
    await vigil.http().get('/health').expect(200);
  });
});
