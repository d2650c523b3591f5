import { ACTOR, eventually, signedIn, startVigil } from '../support/vigil-test-app';
import { inmateDefinition, revisedStaffDefinition, staffDefinition } from '../support/fixtures';

type Vigil = Awaited<ReturnType<typeof startVigil>>;

const PARTNER = 'ST-PART01';
const partnership = () => signedIn(PARTNER, ['safety-partnership']);

const STAFF_V1 = staffDefinition();
const STAFF_V2 = revisedStaffDefinition();
const INMATES_V1 = inmateDefinition();

const at = (day: string) => new Date(`${day}T10:00:00Z`);

/**
 * The safety partnership's statistics, end to end over HTTP: incidents reported on set days (the
 * store records each at the test's clock), figures as known on days, late registrations, revisions
 * and why, a second definition beside the first, publications, targets and an import.
 */
describe('statistics for the safety partnership', () => {
  let vigil: Vigil;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    vigil = await startVigil();
    const on = (day: string) => vigil.clock.set(at(day));
    const report = async (name: string, day: string, body: Record<string, unknown>) => {
      on(day);
      const { body: answer } = await vigil
        .http()
        .post('/incidents')
        .set(signedIn(ACTOR))
        .send({
          kind: 'threat',
          target: 'staff-on-duty',
          perpetrator: 'inmate',
          location: { type: 'institution', area: 'syddanmark', institution: 'nyborg' },
          severity: 'moderate',
          injuries: { physical: 'none', psychological: false },
          description: 'Trussel under gårdtur.',
          involved: [],
          ...body,
        })
        .expect(201);
      ids[name] = answer.incidentId;
    };
    const change = async (day: string, path: string, body: object) => {
      on(day);
      await vigil.http().post(path).set(signedIn(ACTOR)).send(body).expect(200);
    };
    on('2024-01-02');
    await vigil.http().post('/statistics/indicators/staff-episodes/versions').set(partnership()).send(STAFF_V1).expect(201);
    await vigil.http().post('/statistics/indicators/inmate-exposures/versions').set(partnership()).send(INMATES_V1).expect(201);
    await report('A', '2024-03-10', { kind: 'violence', occurredAt: '2024-03-10T08:00:00Z' });
    await report('E', '2024-07-01', { occurredAt: '2024-07-01T08:00:00Z' });
    await report('F', '2024-08-01', {
      kind: 'harassment',
      target: 'staff-off-duty',
      perpetrator: 'relative',
      location: { type: 'off-duty', area: 'syddanmark' },
      occurredAt: '2024-08-01T08:00:00Z',
    });
    await report('G', '2024-09-01', { occurredAt: '2024-09-01T08:00:00Z', location: { type: 'institution', area: 'hovedstaden', institution: 'horseroed' } });
    await report('H', '2024-05-05', {
      kind: 'violence',
      target: 'inmate',
      occurredAt: '2024-05-05T08:00:00Z',
      involved: [
        { ref: 'IN-4K7Q2M', role: 'target' },
        { ref: 'IN-9P3X5R', role: 'target' },
        { ref: 'IN-2B6N8T', role: 'perpetrator' },
      ],
    });
    await report('B', '2025-01-05', { occurredAt: '2024-12-20T08:00:00Z', location: { type: 'institution', area: 'hovedstaden', institution: 'horseroed' } });
    await report('C', '2025-02-01', { occurredAt: '2024-11-15T08:00:00Z' });
    await report('D', '2025-05-10', { kind: 'violence', occurredAt: '2024-06-01T08:00:00Z' });
    await change('2025-06-01', `/incidents/${ids.E}/duplicate-marking`, { duplicateOf: ids.A, reason: 'Samme episode som A' });
    await change('2025-07-01', `/incidents/${ids.G}/reclassification`, { kind: 'harassment', reason: 'Gentagne henvendelser, ikke en konkret trussel' });
    on('2025-12-01');
    // 4 is also passed on the way (A, E, G, B); 5 as known in mid-June holds only once the duplicate and the reclassification are in.
    const settled = async () => (await figures('indicator=staff-episodes&from=2024&to=2024&asKnownOn=2025-06-15')).rows[0];
    await eventually(async () => ((r) => (r?.knownNow === 4 && r.knownOn === 5 ? true : undefined))(await settled()));
  }, 120_000);
  afterAll(async () => vigil.close());

  type Figures = { rows: { period: string; area?: string; knownNow: number; knownOn?: number; flags: string }[]; definition: { version: number } };
  async function figures(query: string): Promise<Figures> {
    return (await vigil.http().get(`/statistics/figures?${query}`).set(partnership()).expect(200)).body as Figures;
  }

  it("gives a year's figure as known now and as known on a day, side by side", async () => {
    const { rows } = await figures('indicator=staff-episodes&from=2024&to=2024&asKnownOn=2025-01-09');
    expect(rows).toEqual([{ period: '2024', knownNow: 4, knownOn: 4, flags: '', flagsOn: 'p' }]); // final now; provisional then
    const cutOff = await figures('indicator=staff-episodes&from=2024&to=2024&asKnownOn=2025-04-01');
    expect(cutOff.rows[0].knownOn).toBe(5);
    const before = await figures('indicator=staff-episodes&from=2024&to=2024&asKnownOn=2024-12-31');
    expect(before.rows[0]).toMatchObject({ knownOn: 3, flagsOn: 'p' }); // A, E, G
  });

  it('breaks figures down by area and by month, with empty periods as 0', async () => {
    const byArea = await figures('indicator=staff-episodes&from=2024&to=2024&by=area');
    expect(byArea.rows).toEqual([
      { period: '2024', area: 'hovedstaden', knownNow: 1, flags: '' },
      { period: '2024', area: 'syddanmark', knownNow: 3, flags: '' },
    ]);
    const oneArea = await figures('indicator=staff-episodes&from=2024&to=2024&area=syddanmark&by=area');
    expect(oneArea.rows).toEqual([{ period: '2024', area: 'syddanmark', knownNow: 3, flags: '' }]);
    expect((await figures('indicator=staff-episodes&from=2024&to=2024&area=syddanmark&institution=off-duty&asKnownOn=2025-04-01')).rows).toHaveLength(1);
    const months = await figures('indicator=staff-episodes&from=2024&to=2024&period=month');
    expect(months.rows).toHaveLength(12);
    expect(months.rows.find((r) => r.period === '2024-06')?.knownNow).toBe(1);
    expect(months.rows.find((r) => r.period === '2024-01')?.knownNow).toBe(0);
  });

  it('counts each inmate exposed, not the episode, under an exposed-persons definition', async () => {
    await eventually(async () => ((await figures('indicator=inmate-exposures&from=2024&to=2024')).rows[0].knownNow === 2 ? true : undefined));
  });

  it("splits a year's figure into what was known at the cut-off and what was recorded after it", async () => {
    const { body } = await vigil.http().get('/statistics/late-registrations?indicator=staff-episodes&from=2024&to=2025').set(partnership()).expect(200);
    expect(body.rows[0]).toEqual({
      year: 2024,
      firstReleaseOn: '2025-01-09',
      cutOffOn: '2025-04-01',
      atFirstRelease: 4,
      atCutOff: 5,
      recordedAfterCutOff: 1,
      otherRevisionsAfterCutOff: -2,
      knownNow: 4,
      status: 'final',
    });
    expect(body.rows[1]).toMatchObject({ year: 2025, atFirstRelease: null, atCutOff: null, status: 'provisional' });
  });

  it('lists every incident that moved between two days, and why, with the event that moved it', async () => {
    const { body } = await vigil
      .http()
      .get('/statistics/revision-report?indicator=staff-episodes&year=2024&since=2025-04-01&until=2025-12-01')
      .set(partnership())
      .expect(200);
    expect(body).toMatchObject({ figureBefore: 5, figureAfter: 4, byReason: { 'recorded-late': 1, 'marked-duplicate': -1, reclassified: -1 } });
    const moved = Object.fromEntries((body.moved as { incidentId: string; causes: { reason: string; eventId: string }[] }[]).map((m) => [m.incidentId, m]));
    expect(moved[ids.D].causes.map((c) => c.reason)).toEqual(['recorded-late']);
    expect(moved[ids.E].causes.map((c) => c.reason)).toEqual(['marked-duplicate']);
    expect(moved[ids.G].causes[0]).toMatchObject({ reason: 'reclassified', detail: 'threat/staff-on-duty → harassment/staff-on-duty' });
    expect(moved[ids.G].causes[0].eventId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('shows the revision triangle with its mean absolute revision', async () => {
    const { body } = await vigil.http().get('/statistics/revision-triangle?indicator=staff-episodes&from=2024&to=2024').set(partnership()).expect(200);
    expect(body.vintages[0]).toBe('2025-01-09');
    expect(body.vintages[body.vintages.length - 1]).toBe('now');
    expect(body.rows[0]).toMatchObject({ period: '2024', firstEstimate: 4, latest: 4, revision: 0 });
    expect(body.rows[0].values).toContain(5);
    expect(body.meanAbsoluteRevision).toBe(0);
  });

  it('re-projects history under a new definition version beside the old, which does not change, and says which rule moved each incident', async () => {
    await vigil.http().post('/statistics/indicators/staff-episodes/versions').set(partnership()).send(STAFF_V2).expect(201);
    const v2 = await eventually(async () => {
      const answer = await vigil.http().get('/statistics/figures?indicator=staff-episodes&version=2&from=2024&to=2024').set(partnership());
      return answer.status === 200 && answer.body.rows[0].knownNow === 6 ? (answer.body as Figures) : undefined; // 404 until the projection has it
    });
    expect(v2.definition).toMatchObject({ version: 2, breakInSeries: true });
    expect((await figures('indicator=staff-episodes&version=1&from=2024&to=2024')).rows[0].knownNow).toBe(4);
    const { body } = await vigil.http().get('/statistics/revision-report?indicator=staff-episodes&version=2&versus=1&year=2024').set(partnership()).expect(200);
    expect(body).toMatchObject({ figureBefore: 4, figureAfter: 6, byReason: { 'definition-changed': 2 } });
    const reasons = (body.moved as { incidentId: string; causes: { detail: string }[] }[]).map((m) => [m.incidentId, m.causes[0].detail]);
    expect(reasons).toEqual(
      expect.arrayContaining([
        [ids.F, expect.stringContaining('not counted under version 1: kind harassment')],
        [ids.G, expect.stringContaining('not counted under version 1: kind harassment')],
      ]),
    );
    const again = await vigil.http().post('/statistics/indicators/staff-episodes/versions').set(partnership()).send(STAFF_V2).expect(422);
    expect(again.body.detail).toContain('already counts exactly this way');
  });

  it('publishes a year with its definition version and vintage pinned; a later edition is final; revisions show against it', async () => {
    const first = await vigil
      .http()
      .post('/statistics/publications')
      .set(partnership())
      .send({ indicator: 'staff-episodes', version: 1, year: 2024, asKnownOn: '2025-01-09', note: 'Foreløbige tal' })
      .expect(201);
    expect(first.body).toMatchObject({ edition: 1, total: 4 });
    await vigil
      .http()
      .post('/statistics/publications')
      .set(partnership())
      .send({ indicator: 'staff-episodes', version: 1, year: 2024, asKnownOn: '2025-04-01' })
      .expect(201);
    const third = await vigil.http().post('/statistics/publications').set(partnership()).send({ indicator: 'staff-episodes', year: 2024 }).expect(409);
    expect(third.body.detail).toContain('final figures were published');
    const rows = await eventually(async () => {
      const { body } = await vigil.http().get('/statistics/publications?indicator=staff-episodes').set(partnership()).expect(200);
      return body.length === 2
        ? (body as { edition: number; final: boolean; published: { total: number }; knownNow: number; revisedSincePublication: number }[])
        : undefined;
    });
    expect(rows.map((r) => [r.edition, r.final, r.published.total, r.knownNow, r.revisedSincePublication])).toEqual([
      [1, false, 4, 4, 0],
      [2, true, 5, 4, -1],
    ]);
  });

  it("follows a weighted plan's goals: a measured goal's verdict per year against its target line", async () => {
    const goals = [
      { goal: 'catalogue', title: 'Catalogue of interventions in use', weight: 30, assessed: true },
      { goal: 'inmates', title: 'Between inmates down 3 %', weight: 25, indicator: 'inmate-exposures', baselineYear: 2024, changePerYear: -3 },
      { goal: 'staff', title: 'Against staff down 3 %', weight: 25, indicator: 'staff-episodes', baselineYear: 2024, changePerYear: -3 },
      { goal: 'searches', title: 'Five unannounced searches', weight: 10, assessed: true },
    ];
    const refused = await vigil.http().put('/statistics/target-plans/action-plan').set(partnership()).send({ title: 'Vold og trusler', goals }).expect(400);
    expect(refused.body.detail).toContain('add up to 100 %, they add up to 90 %');
    goals[3].weight = 20;
    await vigil.http().put('/statistics/target-plans/action-plan').set(partnership()).send({ title: 'Vold og trusler', goals }).expect(200);
    await vigil
      .http()
      .post('/statistics/target-plans/action-plan/assessments')
      .set(partnership())
      .send({ goal: 'catalogue', year: 2025, met: true, note: 'Alle områder bruger kataloget.' })
      .expect(201);
    const { body } = await eventually(async () => {
      const answer = await vigil.http().get('/statistics/targets?from=2024&to=2025').set(partnership()).expect(200);
      return answer.body.plans[0]?.fulfilment[1].met === 30 ? answer : undefined;
    });
    const staff = body.plans[0].goals.find((g: { goal: { goal: string } }) => g.goal.goal === 'staff');
    expect(staff.years).toEqual([
      { year: 2024, verdict: 'baseline', actual: 6, expected: 6 },
      { year: 2025, verdict: 'not-final', actual: 0, expected: 5.8 },
    ]);
    expect(body.plans[0].fulfilment[1]).toEqual({ year: 2025, met: 30, decided: 30 });
  });

  it('imports the previous register’s export row by row, names each refused row, and counts nothing twice', async () => {
    const csv = [
      'legacy_id,occurred_on,recorded_on,kind,target,perpetrator,location,area,institution,staff_targets,inmate_targets,status',
      'KSS-2023-00001,2023-02-03,2023-02-04,violence,staff-on-duty,inmate,institution,syddanmark,nyborg,1,0,counted',
      'KSS-2023-00002,2023-02-03,2023-02-04,fight,staff-on-duty,inmate,institution,syddanmark,nyborg,1,0,counted',
      'KSS-2023-00003,2023-02-03,2023-02-04,threat,staff-on-duty,inmate,institution,syddanmark,atlantis,1,0,counted',
    ].join('\n');
    const post = () => vigil.http().post('/statistics/imports').set(partnership()).set('Content-Type', 'text/csv').send(csv);
    const first = (await post().expect(200)).body;
    expect(first).toMatchObject({ rows: 3, imported: 1, alreadyImported: 0 });
    expect(first.refused).toEqual([
      { line: 3, legacyId: 'KSS-2023-00002', column: 'kind', reason: expect.stringContaining('kind "fight" is not one of') },
      { line: 4, legacyId: 'KSS-2023-00003', column: 'institution', reason: expect.stringContaining('"atlantis"') },
    ]);
    expect((await post().expect(200)).body).toMatchObject({ imported: 0, alreadyImported: 1 });
    await eventually(async () => ((await figures('indicator=staff-episodes&version=1&from=2023&to=2023')).rows[0].knownNow === 1 ? true : undefined));
  });

  it('exports a table as CSV', async () => {
    const answer = await vigil
      .http()
      .get('/statistics/figures?indicator=staff-episodes&version=1&from=2024&to=2024&by=area&format=csv')
      .set(partnership())
      .expect(200);
    expect(answer.headers['content-type']).toContain('text/csv');
    expect(answer.text.replace('\uFEFF', '').split('\n').slice(0, 3)).toEqual([
      'Period,Area,Institution,Kind,Target group,As known now,Provisional',
      '2024,hovedstaden,,,,1,no',
      '2024,syddanmark,,,,3,no',
    ]);
    const viaAccept = await vigil
      .http()
      .get('/statistics/late-registrations?indicator=staff-episodes&from=2024&to=2024')
      .set(partnership())
      .set('Accept', 'text/csv')
      .expect(200);
    expect(viaAccept.text).toContain('Recorded after cut-off');
  });

  it('refuses unknown parameters, unknown breakdowns, unknown indicators, and readers who are not the partnership', async () => {
    const bad = await vigil.http().get('/statistics/figures?indicator=staff-episodes&by=area,colour').set(partnership()).expect(400);
    expect(JSON.stringify(bad.body)).toContain('by must list breakdowns from area, institution, kind, target');
    await vigil.http().get('/statistics/figures?indicator=staff-episodes&region=syd').set(partnership()).expect(400);
    const unknown = await vigil.http().get('/statistics/figures?indicator=nothing-here').set(partnership()).expect(404);
    expect(unknown.body.detail).toBe('No definition of nothing-here is published.');
    await vigil
      .http()
      .get('/statistics/figures')
      .set(signedIn('ST-STAFF1', ['staff']))
      .expect(403);
    await vigil.http().get('/statistics/figures').expect(401);
    await vigil.http().post('/statistics/imports').set(partnership()).send({ csv: 'x' }).expect(415);
  });
});
