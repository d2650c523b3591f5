import { loadStarterLibrary } from '@vigil/action-cards';
import { loadStarterPlans } from '@vigil/crisis-readiness';
import { ACTOR, eventually, startVigil, signedIn } from '../support/vigil-test-app';

type Vigil = Awaited<ReturnType<typeof startVigil>>;

/** Violence against an officer at Bergen fengsel (Region vest): the Norwegian service's incident. */
const norwegian = {
  kind: 'violence',
  target: 'staff-on-duty',
  perpetrator: 'inmate',
  location: { type: 'institution', area: 'region-vest', institution: 'bergen-fengsel', unit: 'avdeling-a' },
  severity: 'moderate',
  injuries: { physical: 'minor', psychological: true },
  occurredAt: '2026-03-14T21:30:00+01:00',
  description: 'Innsatt slo etter betjent under visitasjon.',
  involved: [{ ref: 'ST-7K3Q9P', role: 'target' }],
};

const placement = (overrides: Record<string, unknown> = {}) => ({
  measure: 'security-cell',
  restrained: false,
  inmateRef: 'IN-4F7K2Q',
  institution: 'oslo-fengsel',
  startedAt: '2026-03-20T08:00:00.000Z',
  legalBasis: 'no-strgjfl-38',
  reason: { category: 'violent-resistance', text: 'Voldsom motstand ved visitasjon.' },
  alternatives: [{ measure: 'de-escalation', outcome: 'tried-insufficient', note: 'Samtale uten effekt.' }],
  decidedBy: 'ST-2M8R4T',
  authorisedBy: 'ST-9X1L5V',
  ...overrides,
});

const problemOf = (res: { headers: Record<string, string>; body: { errors: { field: string; message: string }[] } }) => {
  expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  return res.body.errors;
};

describe('two jurisdictions as data: an installation serving Denmark and Norway', () => {
  let vigil: Vigil;
  let incidentId: string;
  beforeAll(async () => {
    vigil = await startVigil();
    vigil.clock.set(new Date('2026-03-21T09:00:00Z'));
    await loadStarterLibrary(vigil.databaseUrl);
    await loadStarterPlans(vigil.databaseUrl);
  });
  afterAll(async () => {
    await vigil.close();
  });

  const post = (path: string, body: object) => vigil.http().post(path).set(signedIn(ACTOR)).send(body);
  const get = (path: string) => vigil.http().get(path).set(signedIn(ACTOR));

  it('offers the catalogue read-only: both countries’ areas, institutions and legal bases, versioned', async () => {
    const { body } = await get('/organisation-catalogue').expect(200);
    expect(body).toMatchObject({ version: expect.any(Number), validFrom: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(body.countries.map((c: { code: string }) => c.code)).toEqual(['dk', 'no']);
    expect(body.areas).toEqual(expect.arrayContaining([{ slug: 'region-vest', country: 'no', name: 'Region vest', type: 'region' }]));
    expect(body.institutions).toEqual(
      expect.arrayContaining([
        { slug: 'nyborg', name: 'Nyborg Fængsel', area: 'syddanmark', country: 'dk', type: 'prison' },
        { slug: 'bergen-fengsel', name: 'Bergen fengsel', area: 'region-vest', country: 'no', type: 'prison' },
      ]),
    );
    expect(body.legalBases).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'no-strgjfl-38', provision: 'straffegjennomføringsloven § 38' })]));
    const norway = await get('/organisation-catalogue?country=no').expect(200);
    expect(norway.body.institutions.every((i: { country: string }) => i.country === 'no')).toBe(true);
    await vigil.http().get('/organisation-catalogue').expect(401);
  });

  it('accepts a Norwegian incident at a Norwegian prison, and lists it by its region', async () => {
    const created = await post('/incidents', norwegian).expect(201);
    incidentId = created.body.incidentId;
    const incident = await eventually(async () => {
      const res = await get(`/incidents/${incidentId}`);
      return res.status === 200 ? res : undefined;
    });
    expect(incident.body.state.location).toMatchObject({ type: 'institution', area: 'region-vest', institution: 'bergen-fengsel' });
    const list = await eventually(async () => {
      const res = await get('/incidents?area=region-vest');
      return res.body.items?.length >= 1 ? res : undefined;
    });
    expect(list.body.items[0]).toMatchObject({ id: incidentId, area: 'region-vest', institution: 'bergen-fengsel' });
  });

  it('starts the Norwegian action card for a Norwegian incident', async () => {
    const board = await eventually(async () => {
      const res = await get('/action-card-board?area=region-vest');
      return res.body.openRuns >= 1 ? res : undefined;
    });
    expect(board.body.groups[0].runs[0]).toMatchObject({ templateId: 'no-violence-against-employee', trigger: 'incident' });
    const run = await get(`/action-card-runs/${board.body.groups[0].runs[0].runId}`).expect(200);
    expect(run.body.card.title).toBe('Vold mot ansatt');
  });

  it('refuses an institution that is not in the catalogue with 400, naming the field in plain words', async () => {
    const unknown = await post('/incidents', { ...norwegian, location: { ...norwegian.location, institution: 'atlantis-fengsel' } }).expect(400);
    expect(problemOf(unknown)).toEqual([{ field: 'location.institution', message: 'Institution: no such institution in the catalogue' }]);
    const elsewhere = await post('/incidents', { ...norwegian, location: { ...norwegian.location, institution: 'nyborg' } }).expect(400);
    expect(problemOf(elsewhere)).toEqual([{ field: 'location.area', message: 'Area: Nyborg Fængsel lies in Område Syddanmark, not in Region vest' }]);
    await post('/incidents', { ...norwegian, location: { type: 'off-duty', area: 'atlantis' } }).expect(400);
  });

  it('refuses a run started by hand at an institution the catalogue does not know', async () => {
    const refused = await post('/action-card-runs', { templateId: 'violence-against-employee', area: 'syddanmark', institution: 'ukendt-institution' }).expect(
      400,
    );
    expect(problemOf(refused)).toEqual([{ field: 'institution', message: 'Institution: no such institution in the catalogue' }]);
    const started = await post('/action-card-runs', { templateId: 'no-security-cell-placement', area: 'region-ost', institution: 'oslo-fengsel' }).expect(201);
    expect(started.body.runId).toEqual(expect.any(String));
  });

  it('takes a placement at a Norwegian prison under Norwegian law only', async () => {
    await post('/coercive-measures/placements', placement()).expect(201);
    const danishLaw = await post('/coercive-measures/placements', placement({ legalBasis: 'dk-strfl-66-1-1' })).expect(400);
    expect(problemOf(danishLaw)).toEqual([{ field: 'legalBasis', message: expect.stringContaining('is Danish law and does not apply in Norway') }]);
    const unknown = await post('/coercive-measures/placements', placement({ institution: 'ukendt-institution' })).expect(400);
    expect(problemOf(unknown)).toEqual([{ field: 'institution', message: 'Institution: no such institution in the catalogue' }]);
  });

  it("publishes each country's baseline rule set at start, each citing its own law", async () => {
    const { body } = await get('/coercive-measures/rule-sets').expect(200);
    expect(body.items.map((r: { country: string; version: number; title: string }) => [r.country, r.version, r.title])).toEqual([
      ['dk', 1, 'Sikringscelleanbringelse: sagsbehandlingskrav (v1)'],
      ['no', 1, 'Plassering i sikkerhetscelle: saksbehandlingskrav (v1)'],
    ]);
    expect(body.items[1].rules.every((r: { source: string }) => r.source.includes('straffegjennomføring'))).toBe(true);
  });

  it('judges a placement at Bergen fengsel by the Norwegian rule set, its rules in the reader language', async () => {
    const created = await post('/coercive-measures/placements', placement({ institution: 'bergen-fengsel', restrained: true })).expect(201);
    const id = created.body.placementId;
    const read = (language: string) =>
      eventually(async () => {
        const res = await get(`/coercive-measures/placements/${id}`).set('Accept-Language', language);
        return res.status === 200 ? res.body : undefined;
      });
    const norwegian = await read('nb');
    expect(norwegian.judgement.ruleSet).toMatchObject({ country: 'no', version: 1, title: 'Plassering i sikkerhetscelle: saksbehandlingskrav (v1)' });
    const described = (body: { judgement: { verdicts: { ruleId: string; description: string }[] } }) =>
      Object.fromEntries(body.judgement.verdicts.map((v) => [v.ruleId, v.description]));
    expect(described(norwegian)).toMatchObject({
      'observation-notes': 'Høyst 15 minutter mellom notatene så lenge plasseringen varer',
      'doctor-called': 'Lege tilkalt senest 1 time etter at plasseringen startet, når den innsatte er reimet',
      'legal-review': 'Juridisk gjennomgang senest 30 dager etter at plasseringen ble avsluttet',
    });
    expect(described(await read('en'))['follow-up-conversation']).toBe('Follow-up conversation within 3 days after the end');
    const listed = await eventually(async () => {
      const res = await get('/coercive-measures/placements?institution=bergen-fengsel');
      return res.status === 200 && res.body.items.length ? res.body.items : undefined;
    });
    expect(listed).toEqual([
      expect.objectContaining({ placementId: id, ruleSetVersion: 1, ruleSetTitle: 'Plassering i sikkerhetscelle: saksbehandlingskrav (v1)' }),
    ]);
    const replay = (await get(`/coercive-measures/placements/${id}/timeline`).expect(200)).body;
    expect(replay.judgement.ruleSet.title).toBe('Plassering i sikkerhetscelle: saksbehandlingskrav (v1)');
  });

  it('takes risk cases, crisis activations and learning reviews only in units of the catalogue', async () => {
    await post('/risk-cases', { personRef: 'ST-7K3Q9P', personRole: 'employee-off-duty', unit: 'area:region-nord' }).expect(201);
    const risk = await post('/risk-cases', { personRef: 'ST-7K3Q9P', personRole: 'employee-off-duty', unit: 'institution:ukendt-institution' }).expect(400);
    expect(problemOf(risk)).toEqual([{ field: 'unit', message: 'Unit: no such institution in the catalogue' }]);
    const plans = await eventually(async () => {
      const res = await get('/crisis-plans');
      return res.body.items?.some((p: { planId: string }) => p.planId === 'no-fire') ? res : undefined;
    });
    expect(plans.body.items.find((p: { planId: string }) => p.planId === 'no-escape')).toMatchObject({ title: 'Rømning' });
    const activation = await post('/crisis-activations', {
      planId: 'no-fire',
      scope: { kind: 'institution', area: 'region-sor', institution: 'ukendt-institution' },
      exercise: true,
      reason: 'Brannøvelse',
    }).expect(400);
    expect(problemOf(activation)).toEqual([{ field: 'scope.institution', message: 'Institution: no such institution in the catalogue' }]);
    const review = await post('/learning-reviews', {
      kind: 'after-action',
      subject: { type: 'incidents', incidentIds: [incidentId] },
      title: 'Vold ved visitasjon',
      dueOn: '2099-01-01',
      unit: 'institution:ukendt-institution',
    }).expect(400);
    expect(problemOf(review)).toEqual([{ field: 'unit', message: 'Unit: no such institution in the catalogue' }]);
    await post('/learning-reviews', {
      kind: 'after-action',
      subject: { type: 'incidents', incidentIds: [incidentId] },
      title: 'Vold ved visitasjon',
      dueOn: '2099-01-01',
      unit: 'institution:bergen-fengsel',
    }).expect(201);
    const themes = await get('/learning-review-themes?country=no').expect(200);
    expect(themes.body.goal).toMatchObject({ country: 'no', areaCount: 5, areasStarted: 0 });
    expect(themes.body.goal.areas.map((a: { area: string }) => a.area)).toEqual(['region-ost', 'region-sor', 'region-sorvest', 'region-vest', 'region-nord']);
    expect((await get('/learning-review-themes').expect(200)).body.goal).toMatchObject({ country: 'dk', areaCount: 4 });
  });
});

describe('an installation serving Denmark only (VIGIL_JURISDICTIONS=dk)', () => {
  let vigil: Vigil;
  beforeAll(async () => {
    vigil = await startVigil({ config: { VIGIL_JURISDICTIONS: 'dk' } });
  });
  afterAll(async () => {
    await vigil.close();
  });

  it('offers and accepts only the Danish areas and institutions', async () => {
    const { body } = await vigil.http().get('/organisation-catalogue').set(signedIn(ACTOR)).expect(200);
    expect(body.countries.map((c: { code: string }) => c.code)).toEqual(['dk']);
    expect(body.areas.map((a: { slug: string }) => a.slug)).toEqual(['hovedstaden', 'sjaelland', 'syddanmark', 'midt-nord']);
    const refused = await vigil.http().post('/incidents').set(signedIn(ACTOR)).send(norwegian).expect(400);
    expect(problemOf(refused)).toEqual([{ field: 'location.area', message: 'Area: Region vest lies in Norway, which this installation does not serve' }]);
  });

  it('publishes only the Danish baseline rule set at start', async () => {
    const { body } = await vigil.http().get('/coercive-measures/rule-sets').set(signedIn(ACTOR)).expect(200);
    expect(body.items.map((r: { country: string; version: number }) => [r.country, r.version])).toEqual([['dk', 1]]);
  });
});
