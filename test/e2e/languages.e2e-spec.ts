import { loadStarterLibrary } from '@vigil/action-cards';
import { randomUUID } from 'node:crypto';
import { incidentReport } from '../support/fixtures';
import { ACTOR, eventually, startVigil, signedIn } from '../support/vigil-test-app';

type Vigil = Awaited<ReturnType<typeof startVigil>>;

/** The incident report every test starts from, with the one person it concerns. */
const violence = incidentReport({ involved: [{ ref: 'ST-7K3Q9P', role: 'target' }] });

const decision = {
  decision: 'Afdeling B aflåses.',
  rationale: 'Uro på afdelingen.',
  legalBasis: '   ',
  alternativesConsidered: [],
  decidedBy: 'ST-2M8X4R',
  decidedAt: '2026-03-20T12:10:00+01:00',
};

describe('answers in the reader language (Accept-Language: da, nb or en)', () => {
  let vigil: Vigil;
  beforeAll(async () => {
    vigil = await startVigil();
    await loadStarterLibrary(vigil.databaseUrl);
  });
  afterAll(() => vigil.close());

  const post = (path: string, body: object, language?: string) => {
    const request = vigil.http().post(path).set(signedIn(ACTOR));
    return (language ? request.set('Accept-Language', language) : request).send(body);
  };
  const get = (path: string) => vigil.http().get(path).set(signedIn(ACTOR));

  it('names an unmet prerequisite by the steps’ titles, not their ids', async () => {
    const incident = await post('/incidents', violence).expect(201);
    const run = await eventually(async () => {
      const res = await get('/action-card-board?area=syddanmark&institution=nyborg');
      return res.body.groups
        ?.flatMap((g: { runs: { incidentId: string; runId: string }[] }) => g.runs)
        .find((r: { incidentId: string }) => r.incidentId === incident.body.incidentId);
    });
    const detail = await eventually(async () => {
      const res = await get(`/action-card-runs/${run.runId}`);
      return res.status === 200 ? res : undefined;
    });
    const title = (id: string) => detail.body.steps.find((s: { stepId: string }) => s.stepId === id).title as string;
    const early = `/action-card-runs/${run.runId}/steps/contact-manager/completion`;

    const da = await post(early, { note: 'Leder orienteret' }, 'da-DK,da;q=0.9,en;q=0.5').expect(409);
    expect(da.headers['content-language']).toBe('da');
    expect(da.body).toMatchObject({
      type: 'https://vigil.example/problems/prerequisites-open',
      status: 409,
      title: 'Tidligere trin skal afkrydses først',
      detail: `"${title('contact-manager')}" kan først afkrydses, når "${title('person-safety')}" er afkrydset.`,
      errors: [{ field: 'stepId', message: `"${title('contact-manager')}" kan først afkrydses, når "${title('person-safety')}" er afkrydset.` }],
    });

    const en = await post(early, { note: 'Leder orienteret' }, 'en').expect(409);
    expect(en.body.detail).toBe(`"${title('contact-manager')}" can only be ticked off once "${title('person-safety')}" is ticked off.`);
    const nb = await post(early, { note: 'Leder orienteret' }, 'no').expect(409);
    expect(nb.headers['content-language']).toBe('nb');
    expect(nb.body.detail).toContain('kan først krysses av når');
    expect(JSON.stringify([da.body.detail, en.body.detail, nb.body.detail])).not.toMatch(/contact-manager|person-safety/);

    const first = `/action-card-runs/${run.runId}/steps/person-safety/completion`;
    await post(first, {}).expect(200);
    const again = await post(first, {}, 'da').expect(409);
    expect(again.body).toMatchObject({ title: 'Trinnet er allerede afsluttet', detail: `Trinnet "${title('person-safety')}" er allerede afkrydset.` });
  });

  it('says in words that someone else changed the record meanwhile, without stream names or revisions in the text', async () => {
    const incident = await post('/incidents', violence).expect(201);
    const path = `/incidents/${incident.body.incidentId}/corrections`;
    await post(path, { corrections: { severity: 'serious' }, reason: 'Lægen fandt brud', expectedRevision: 0 }).expect(200);
    const stale = { corrections: { severity: 'critical' }, reason: 'Ny oplysning', expectedRevision: 0 };

    const da = await post(path, stale, 'da').expect(409);
    expect(da.body).toMatchObject({
      type: 'https://vigil.example/problems/stale-revision',
      title: 'Registreringen er ændret, siden du hentede den',
      detail: 'En anden har ændret registreringen, efter du åbnede den. Hent den igen for at se ændringen, og prøv så igen.',
      expectedRevision: 0,
      currentRevision: 1,
    });
    const en = await post(path, stale).expect(409);
    expect(en.headers['content-language']).toBe('en');
    expect(en.body).toMatchObject({
      title: 'The record changed since you read it',
      detail: 'Someone else changed this record after you opened it. Reload it to see what they changed, then try again.',
    });
    for (const body of [da.body, en.body]) expect(`${body.title} ${body.detail}`).not.toMatch(/stream|revision|incident-|[0-9a-f]{8}-/i);
  });

  it('says what is wrong with each field in words, keeping the field names programs read', async () => {
    const path = `/crisis-activations/${randomUUID()}/decisions`;
    const fields = (body: { errors: { field: string; message: string }[] }) => Object.fromEntries(body.errors.map((e) => [e.field, e.message]));

    const en = await post(path, decision).expect(400);
    expect(en.headers['content-language']).toBe('en');
    expect(en.body).toMatchObject({ type: 'https://vigil.example/problems/validation', title: 'The request is not valid' });
    expect(fields(en.body)).toEqual({ legalBasis: 'Legal basis: required', alternativesConsidered: 'Alternatives considered: name at least one' });
    expect(en.body.detail).toBe('2 fields need correcting: Legal basis and Alternatives considered.');

    const da = await post(path, decision, 'da').expect(400);
    expect(da.body.title).toBe('Forespørgslen er ikke udfyldt korrekt');
    expect(fields(da.body)).toEqual({ legalBasis: 'Hjemmel: skal udfyldes', alternativesConsidered: 'Overvejede alternativer: angiv mindst én' });
    expect(da.body.detail).toBe('2 felter skal rettes: Hjemmel og Overvejede alternativer.');

    const nb = await post(path, decision, 'nb-NO').expect(400);
    expect(fields(nb.body)).toEqual({ legalBasis: 'Hjemmel: må fylles ut', alternativesConsidered: 'Vurderte alternativer: oppgi minst én' });
  });

  it('answers in English when no language of ours is asked for', async () => {
    const res = await post(`/crisis-activations/${randomUUID()}/decisions`, decision, 'sv-SE,de;q=0.8').expect(400);
    expect(res.headers['content-language']).toBe('en');
    expect(res.body.errors.map((e: { message: string }) => e.message)).toContain('Legal basis: required');
  });

  it('says which language every answer is in, not only a problem', async () => {
    const nb = await get('/organisation-catalogue').set('Accept-Language', 'nb-NO,nb;q=0.9').expect(200);
    expect(nb.headers['content-language']).toBe('nb');
    expect(nb.headers.vary).toMatch(/Accept-Language/);
    expect((await get('/organisation-catalogue').expect(200)).headers['content-language']).toBe('en');
  });

  it('words a record that is not there, and a refusal by role, in the reader language', async () => {
    const missing = `/incidents/${randomUUID()}`;
    const da = await get(missing).set('Accept-Language', 'da').expect(404);
    expect(da.headers['content-language']).toBe('da');
    expect(da.body).toMatchObject({ type: 'https://vigil.example/problems/incident-not-found', detail: 'Der er ikke registreret en sådan hændelse.' });
    expect((await get(missing).expect(404)).body.detail).toBe('No such incident is recorded.');
    const staff = signedIn('ST-E2E777', ['staff'], 'institution:nyborg');
    const refused = await vigil.http().get('/coercive-measures/placements').set(staff).set('Accept-Language', 'nb').expect(403);
    expect(refused.body.detail).toMatch(/^Dette krever en av rollene .+; du er logget inn som ST-E2E777 med staff \(institution:nyborg\)\.$/);
    const anonymous = await vigil.http().get('/incidents').set('Accept-Language', 'da').expect(401);
    expect(anonymous.body).toMatchObject({ title: 'Du skal logge ind', detail: expect.stringMatching(/^Log ind: send et adgangstoken/) });
  });

  it('words a refusal of the rules with names a person knows, in Danish, Norwegian and English', async () => {
    const body = { templateId: 'ukendt-kort', area: 'syddanmark', institution: 'nyborg' };
    expect((await post('/action-card-runs', body, 'da').expect(404)).body.detail).toBe('Der findes intet actioncard "ukendt-kort".');
    expect((await post('/action-card-runs', body, 'nb').expect(404)).body.detail).toBe('Det finnes ikke noe tiltakskort "ukendt-kort".');
    expect((await post('/action-card-runs', body).expect(404)).body.detail).toBe('There is no action card "ukendt-kort".');
    const activation = { planId: 'findes-ikke', scope: { kind: 'national' }, exercise: true, reason: 'Øvelse' };
    expect((await post('/crisis-activations', activation, 'da').expect(404)).body.detail).toBe('Der findes ingen beredskabsplan "findes-ikke".');
  });
});
