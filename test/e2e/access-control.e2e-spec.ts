import { Pool } from 'pg';
import { loadStarterLibrary } from '@vigil/action-cards';
import { loadStarterPlans } from '@vigil/crisis-readiness';
import { incidentReport, placementRequest, staffDefinition } from '../support/fixtures';
import { strangerKey, testIssuer } from '../shared/test-issuer';
import { eventually, signedIn, startVigil } from '../support/vigil-test-app';

type Vigil = Awaited<ReturnType<typeof startVigil>>;
const SOMEONE = '3d6f0a52-8c1e-4b7a-9d2f-6e5c4b3a2f10';

/** The attack list, each case refused: sign-in is real, roles decide, scope hides, and reads are on record. */
describe('who may see and do what', () => {
  let vigil: Vigil;
  let pool: Pool;
  let hovedstadenIncident: string;

  beforeAll(async () => {
    vigil = await startVigil();
    pool = new Pool({ connectionString: vigil.databaseUrl, max: 2 });
    const national = signedIn('ST-NAT001', ['coordinator']);
    const report = incidentReport({ location: { type: 'institution', area: 'hovedstaden', institution: 'koebenhavns-faengsler', unit: 'afdeling-a' } });
    const created = await vigil.http().post('/incidents').set(national).send(report);
    if (created.status !== 201) throw new Error(JSON.stringify(created.body));
    hovedstadenIncident = created.body.incidentId;
    // Scope is checked against the read model: wait until it holds the incident.
    await eventually(async () => ((await vigil.http().get(`/incidents/${hovedstadenIncident}`).set(national)).status === 200 ? true : undefined));
  });
  afterAll(async () => {
    await pool?.end();
    await vigil?.close();
  });

  describe('sign-in', () => {
    it('ignores a self-asserted X-Vigil-Actor: without a token every read and write is 401', async () => {
      for (const path of [
        '/incidents',
        `/incidents/${hovedstadenIncident}`,
        `/risk-cases/${SOMEONE}`,
        '/coercive-measures/placements',
        '/crisis-activations',
        '/crisis-board',
      ]) {
        const res = await vigil.http().get(path).set('X-Vigil-Actor', 'ST-7CFJYM').expect(401);
        expect(res.body).toMatchObject({ status: 401, title: 'Sign-in required' });
      }
      await vigil.http().post('/incidents').set('X-Vigil-Actor', 'ST-7CFJYM').send(incidentReport()).expect(401);
    });

    it('refuses the statistics to a caller with no sign-in', async () => {
      await vigil.http().get('/statistics/figures?from=2026&to=2026').expect(401);
    });

    it('checks signature, issuer, audience, expiry and not-before, and names what is wrong', async () => {
      const issuer = await testIssuer();
      const claims = { staff_ref: 'ST-7K3Q9P', vigil_roles: ['coordinator'], vigil_unit: 'national' };
      const now = Math.floor(Date.now() / 1000);
      const cases: [string, string, RegExp][] = [
        ['forged', issuer.token(claims, strangerKey()), /not signed by the identity provider/],
        ['expired', issuer.token({ ...claims, exp: now - 3600 }), /expired/],
        ['not yet valid', issuer.token({ ...claims, nbf: now + 3600 }), /not valid yet/],
        ['another audience', issuer.token({ ...claims, aud: 'some-other-service' }), /not meant for Vigil/],
        ['another issuer', issuer.token({ ...claims, iss: 'https://idp.example/realms/other' }), /another identity provider/],
        ['no unit', issuer.token({ ...claims, vigil_unit: 'everywhere' }), /vigil_unit/],
        ['a name for a reference', issuer.token({ ...claims, staff_ref: 'Mette Jensen' }), /staff_ref/],
      ];
      for (const [what, token, reason] of cases) {
        const res = await vigil.http().get('/incidents').set('Authorization', `Bearer ${token}`);
        expect([what, res.status]).toEqual([what, 401]);
        expect(JSON.stringify(res.body)).toMatch(reason);
      }
      await vigil.http().get('/incidents').set('Authorization', 'Basic SmVuc2VuOmhlbW1lbGln').expect(401);
    });

    it("refuses a token that claims one of Vigil's own machine actors", async () => {
      const res = await vigil
        .http()
        .get('/incidents')
        .set(signedIn('SYS-ACTIONCARDS', ['coordinator']))
        .expect(401);
      expect(JSON.stringify(res.body)).toMatch(/machine actors/);
    });
  });

  describe('roles', () => {
    it('does not let a made-up assessor certify themselves or record a risk assessment', async () => {
      const staff = signedIn('ST-FAKE01', ['staff']);
      await vigil.http().post('/risk-assessors/ST-FAKE01/certifications').set(staff).send({ instrument: 'SARA-SV' }).expect(403);
      await vigil.http().post(`/risk-cases/${SOMEONE}/assessments`).set(staff).send({}).expect(403);
      const admin = signedIn('ST-ADM001', ['administrator']);
      const self = await vigil.http().post('/risk-assessors/ST-ADM001/certifications').set(admin).send({ instrument: 'SARA-SV' }).expect(403);
      expect(self.body).toMatchObject({ errors: [expect.objectContaining({ field: 'assessorRef' })] });
    });

    it('lets only administrators publish a security-cell rule set', async () => {
      for (const roles of [['staff'], ['placement-officer'], ['institution-manager'], ['auditor']] as const) {
        await vigil.http().post('/coercive-measures/rule-sets').set(signedIn('ST-RULE01', roles)).send({}).expect(403);
      }
    });

    it('lets an auditor read but never write, whatever headers claim', async () => {
      const auditor = { ...signedIn('ST-AUD001', ['auditor']), 'X-Vigil-Role': 'crisis-lead' };
      const res = await vigil.http().post(`/crisis-activations/${SOMEONE}/decisions`).set(auditor).send({}).expect(403);
      expect(res.body).toMatchObject({ title: 'Not allowed for your role' });
      await vigil.http().get(`/incidents/${hovedstadenIncident}`).set(auditor).expect(200);
    });

    it('refuses a review by the officer who decided on the placement', async () => {
      const officer = signedIn('ST-2M8R4T', ['placement-officer', 'institution-manager']);
      const start = new Date(Date.now() - 3 * 3600_000).toISOString();
      const { body } = await vigil.http().post('/coercive-measures/placements').set(officer).send(placementRequest(start)).expect(201);
      const id = body.placementId;
      await vigil
        .http()
        .post(`/coercive-measures/placements/${id}/end`)
        .set(officer)
        .send({ endedAt: new Date(Date.now() - 3600_000).toISOString(), reason: { category: 'no-longer-necessary', text: 'Faldet til ro.' } })
        .expect(200);
      const review = { reviewedAt: new Date().toISOString(), reviewedBy: 'ST-9X1L5V', conclusion: 'justified' };
      const own = await vigil.http().post(`/coercive-measures/placements/${id}/management-review`).set(officer).send(review).expect(403);
      expect(own.body).toMatchObject({ errors: [expect.objectContaining({ field: 'reviewedBy' })] });
    });
  });

  describe('scope', () => {
    it('answers 404 for a record outside the unit and leaves it out of lists', async () => {
      const midtNord = signedIn('ST-MN0001', ['coordinator'], 'area:midt-nord');
      const res = await vigil.http().get(`/incidents/${hovedstadenIncident}`).set(midtNord).expect(404);
      expect(res.body).toMatchObject({ title: 'Incident not found' });
      await vigil.http().get(`/incidents/${hovedstadenIncident}/history`).set(midtNord).expect(404);
      const list = await vigil.http().get('/incidents').set(midtNord).expect(200);
      expect(list.body.items.map((i: { id: string }) => i.id)).not.toContain(hovedstadenIncident);
      await vigil
        .http()
        .get(`/incidents/${hovedstadenIncident}`)
        .set(signedIn('ST-HS0001', ['coordinator'], 'area:hovedstaden'))
        .expect(200);
    });

    it('shows a placement only to readers whose unit covers its institution', async () => {
      const officer = signedIn('ST-PLC001', ['placement-officer'], 'institution:nyborg');
      const start = new Date(Date.now() - 3600_000).toISOString();
      const id = (await vigil.http().post('/coercive-measures/placements').set(officer).send(placementRequest(start)).expect(201)).body.placementId;
      await eventually(async () => ((await vigil.http().get(`/coercive-measures/placements/${id}`).set(officer)).status === 200 ? true : undefined));
      await vigil
        .http()
        .get(`/coercive-measures/placements/${id}`)
        .set(signedIn('ST-PLC002', ['institution-manager'], 'area:syddanmark'))
        .expect(200);
      const elsewhere = signedIn('ST-PLC003', ['institution-manager'], 'institution:horseroed');
      await vigil.http().get(`/coercive-measures/placements/${id}`).set(elsewhere).expect(404);
      await vigil.http().get(`/coercive-measures/placements/${id}/timeline`).set(elsewhere).expect(404);
      const listed = (await vigil.http().get('/coercive-measures/placements').set(elsewhere).expect(200)).body.items.map(
        (p: { placementId: string }) => p.placementId,
      );
      expect(listed).not.toContain(id);
      await vigil
        .http()
        .get(`/coercive-measures/placements/${id}`)
        .set(signedIn('ST-AUD003', ['auditor']))
        .expect(200);
    });

    it('shows an action-card run and the board only within the unit (national crisis runs to all)', async () => {
      await loadStarterLibrary(vigil.databaseUrl);
      const national = signedIn('ST-RUN001', ['coordinator']);
      const started = await vigil
        .http()
        .post('/action-card-runs')
        .set(national)
        .send({ templateId: 'violence-against-employee', area: 'syddanmark', institution: 'nyborg' });
      expect(started.status).toBe(201);
      const runId = started.body.runId;
      const nyborg = signedIn('ST-RUN002', ['coordinator'], 'institution:nyborg');
      await eventually(async () => ((await vigil.http().get(`/action-card-runs/${runId}`).set(nyborg)).status === 200 ? true : undefined));
      const midtNord = signedIn('ST-RUN003', ['coordinator'], 'area:midt-nord');
      await vigil.http().get(`/action-card-runs/${runId}`).set(midtNord).expect(404);
      const board = (await vigil.http().get('/action-card-board').set(midtNord).expect(200)).body;
      expect(JSON.stringify(board)).not.toContain(runId);
      expect(JSON.stringify((await vigil.http().get('/action-card-board').set(nyborg).expect(200)).body)).toContain(runId);
    });

    it('shows a crisis activation to its area and institutions and a national one to all', async () => {
      await loadStarterPlans(vigil.databaseUrl);
      const lead = signedIn('ST-CRS001', ['crisis-lead']);
      const scope = { kind: 'area', area: 'syddanmark' };
      const activated = await vigil.http().post('/crisis-activations').set(lead).send({ planId: 'riot', scope, exercise: true, reason: 'Øvelse.' });
      expect(activated.status).toBe(201);
      const id = activated.body.activationId;
      const nyborg = signedIn('ST-CRS002', ['crisis-staff'], 'institution:nyborg');
      await eventually(async () => ((await vigil.http().get(`/crisis-activations/${id}`).set(nyborg)).status === 200 ? true : undefined));
      const midtNord = signedIn('ST-CRS003', ['crisis-staff'], 'area:midt-nord');
      await vigil.http().get(`/crisis-activations/${id}`).set(midtNord).expect(404);
      await vigil.http().get(`/crisis-activations/${id}/timeline`).set(midtNord).expect(404);
      expect(JSON.stringify((await vigil.http().get('/crisis-board').set(midtNord).expect(200)).body)).not.toContain(id);
      expect(JSON.stringify((await vigil.http().get('/crisis-board').set(nyborg).expect(200)).body)).toContain(id);
    });

    it("gives the safety partnership of one area that area's figures only", async () => {
      const partnership = signedIn('ST-FIG001', ['safety-partnership']);
      await vigil.http().post('/statistics/indicators/staff-episodes/versions').set(partnership).send(staffDefinition()).expect(201);
      const byArea = '/statistics/figures?indicator=staff-episodes&from=2026&to=2026&by=area';
      const figures = async (headers: Record<string, string>) => {
        const answer = await vigil.http().get(byArea).set(headers);
        return answer.status === 200 ? (answer.body.rows as { area: string; knownNow: number }[]).filter((row) => row.knownNow > 0) : []; // 404 until the definition is projected
      };
      await vigil
        .http()
        .post('/incidents')
        .set(signedIn('ST-FIG003', ['staff'], 'institution:nyborg'))
        .send(incidentReport())
        .expect(201); // Syddanmark
      // Wait until the feed counts incidents of both areas (this one and the Hovedstaden one from the start).
      const national = await eventually(async () => {
        const rows = await figures(partnership);
        return ['hovedstaden', 'syddanmark'].every((area) => rows.some((row) => row.area === area)) ? rows : undefined;
      });
      const syd = await figures(signedIn('ST-FIG002', ['safety-partnership'], 'area:syddanmark'));
      expect(syd.length).toBeGreaterThan(0);
      expect(syd.every((row) => row.area === 'syddanmark')).toBe(true);
      expect(syd.length).toBeLessThan(national.length);
      const other = await vigil
        .http()
        .get(`${byArea}&area=hovedstaden`)
        .set(signedIn('ST-FIG002', ['safety-partnership'], 'area:syddanmark'))
        .expect(403);
      expect(other.body).toMatchObject({ title: "Outside your unit's figures" });
      const asked = (
        await vigil
          .http()
          .get(`${byArea}&area=hovedstaden`)
          .set(signedIn('ST-FIG001', ['safety-partnership']))
          .expect(200)
      ).body.rows as { area: string }[];
      expect(asked.length).toBeGreaterThan(0);
      expect(asked.every((row) => row.area === 'hovedstaden')).toBe(true);
    });

    it('shows a risk case to assessors of the unit it was opened in, and to nobody outside it', async () => {
      const opener = signedIn('ST-RSK001', ['risk-assessor'], 'institution:nyborg');
      const opened = await vigil.http().post('/risk-cases').set(opener).send({ personRef: 'PR-8H2K4M', personRole: 'victim' });
      expect(opened.status).toBe(201);
      const id = opened.body.caseId;
      await eventually(async () => ((await vigil.http().get(`/risk-cases/${id}`).set(opener)).status === 200 ? true : undefined));
      await vigil
        .http()
        .get(`/risk-cases/${id}`)
        .set(signedIn('ST-RSK002', ['risk-assessor'], 'area:syddanmark'))
        .expect(200);
      const elsewhere = signedIn('ST-RSK003', ['risk-assessor'], 'area:hovedstaden');
      await vigil.http().get(`/risk-cases/${id}`).set(elsewhere).expect(404);
      await vigil.http().get(`/risk-cases/${id}/timeline`).set(elsewhere).expect(404);
      await vigil.http().get(`/risk-cases/${id}/assessments`).set(elsewhere).expect(404);
      await vigil
        .http()
        .get(`/risk-cases/${id}`)
        .set(signedIn('ST-AUD004', ['auditor']))
        .expect(200);
    });

    it("gives an area's coordinator that area's action-card figures and refuses another area's", async () => {
      const midtNord = signedIn('ST-FIG004', ['coordinator'], 'area:midt-nord');
      const own = (await vigil.http().get('/action-card-figures').set(midtNord).expect(200)).body as { items?: { area: string }[] };
      expect((own.items ?? []).every((row) => row.area === 'midt-nord')).toBe(true);
      const other = await vigil.http().get('/action-card-figures?area=syddanmark').set(midtNord).expect(403);
      expect(other.body).toMatchObject({ title: "Outside your unit's figures" });
    });

    it('shows staff without a case role only the incidents they reported', async () => {
      const reporter = signedIn('ST-REP001', ['staff'], 'institution:nyborg');
      const own = (await vigil.http().post('/incidents').set(reporter).send(incidentReport()).expect(201)).body.incidentId;
      await eventually(async () => ((await vigil.http().get(`/incidents/${own}`).set(reporter)).status === 200 ? true : undefined));
      await vigil.http().get(`/incidents/${hovedstadenIncident}`).set(reporter).expect(404);
      const list = await vigil.http().get('/incidents').set(reporter).expect(200);
      expect(list.body.items.map((i: { id: string }) => i.id)).toEqual([own]);
    });
  });

  describe('every sensitive read on record', () => {
    it('writes boards, figures, statistics and certifications to the access log with roles and unit, and lets auditors read it', async () => {
      const coordinator = signedIn('ST-LOG001', ['coordinator', 'safety-partnership', 'administrator'], 'area:syddanmark');
      for (const path of [
        '/crisis-board',
        '/action-card-board',
        '/action-card-figures',
        '/statistics/indicators',
        '/risk-assessors/ST-ABC123/certifications',
      ]) {
        await vigil.http().get(path).set(coordinator).expect(200);
      }
      const { rows } = await pool.query(`SELECT resource, roles, unit FROM access_log WHERE actor = 'ST-LOG001' ORDER BY id`);
      expect(rows.map((r) => r.resource)).toEqual(
        expect.arrayContaining(['/crisis-board', '/action-card-board', '/action-card-figures', '/statistics/indicators']),
      );
      expect(rows.length).toBeGreaterThanOrEqual(5);
      expect(rows.every((r) => r.roles === 'coordinator safety-partnership administrator' && r.unit === 'area:syddanmark')).toBe(true);

      await vigil.http().get('/access-log?actor=ST-LOG001').set(coordinator).expect(403);
      const log = await vigil
        .http()
        .get('/access-log?actor=ST-LOG001&limit=10')
        .set(signedIn('ST-AUD002', ['auditor']))
        .expect(200);
      expect(log.body.total).toBe(rows.length);
      expect(log.body.entries[0]).toMatchObject({ actor: 'ST-LOG001', unit: 'area:syddanmark' });
      const audited = await pool.query(`SELECT count(*)::int AS n FROM access_log WHERE actor = 'ST-AUD002'`);
      expect(audited.rows[0].n).toBe(1); // reading the log is on record too
    });

    it('keeps the access log append-only in the database itself', async () => {
      await expect(pool.query(`UPDATE access_log SET actor = 'ST-XXXX01'`)).rejects.toThrow(/append-only/);
      await expect(pool.query('DELETE FROM access_log')).rejects.toThrow(/append-only/);
    });
  });
});
